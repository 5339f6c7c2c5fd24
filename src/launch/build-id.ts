// A CommonJS bundle's build id: scripts/build.mjs writes `// journeymap build <id>` (a hash of the
// bundle) as its first line. The launcher names the bundle's code cache by it; the build cache keys
// a run by the CLI's.
const BUILD_ID_LINE = /^\/\/ journeymap build ([0-9a-f]{16})\n/;

/** The id on a bundle's first line, given its text (or at least its first 64 characters). */
export const buildIdOf = (head: string): string | undefined => BUILD_ID_LINE.exec(head)?.[1];
