// esbuild plugin for the CommonJS build: the PDF renderer (with pdfkit and fontkit, most of the
// CLI's code) is a bundle of its own, dist/pdf-renderer.cjs, with its own code cache. The CLI's
// cache then holds only what every build runs, and V8 deserializes half as much for `-f svg`.
// builtin.ts's import() of the renderer becomes a load of that bundle: through the launcher's
// loadBundle (from its code cache) in the CLI, by require() in a build worker.
// The renderer's bundle carries its own copies of the modules it shares with the CLI: it must not
// rely on their identity (no instanceof across the seam, no module state; Scene, words and the
// render context are plain data).

/** Module path imported by src/render/builtin.ts → the bundle it becomes. */
export const SEPARATE_BUNDLES = { './pdf/pdf-renderer.js': 'pdf-renderer' };

export function separateBundlesPlugin() {
  return {
    name: 'separate-bundles',
    setup(build) {
      build.onResolve({ filter: /^\.\/pdf\/pdf-renderer\.js$/ }, (args) =>
        /[/\\]render[/\\]builtin\.ts$/.test(args.importer)
          ? { path: SEPARATE_BUNDLES[args.path], namespace: 'separate-bundle' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'separate-bundle' }, (args) => ({
        contents: `const lent = globalThis[Symbol.for('journeymap.loadBundle')];
module.exports = lent ? lent(${JSON.stringify(args.path)}) : require(require('node:path').join(__dirname, ${JSON.stringify(`${args.path}.cjs`)}));`,
        loader: 'js',
      }));
    },
  };
}
