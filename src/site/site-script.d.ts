// The portfolio index's script bundled from ./client/ (scripts/page-script.mjs), as one string;
// provided by the esbuild plugin in scripts/build.mjs and the vite plugin in vitest.config.ts.
declare module 'virtual:site-script' {
  const script: string;
  export default script;
}
