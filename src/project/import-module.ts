// import() of what the CLI bundle does not contain: an ESM-only package (mdast-util-from-markdown)
// or a user's plugin file. The CLI runs from a code-cached script (launch/load-bundle.ts) in which
// import() is unavailable without a Node flag, so its launcher lends its own; elsewhere (the
// library, the workers, tests of the sources) this module's own import() does it.
/** import() as some module's own. */
export type ImportModule = (specifier: string) => Promise<unknown>;

/** Where the launcher (launch/load-bundle.ts) lends its import(). */
export const LENT_IMPORT = Symbol.for('journeymap.import');

export function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[LENT_IMPORT] as ImportModule | undefined;
  return lent ? lent(specifier) : import(specifier);
}
