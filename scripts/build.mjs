// Bundles journeymap into dist/ with esbuild: one file loads far faster than hundreds of modules
// from node_modules. Two builds:
// - the CLI and its `build --jobs` worker: one CommonJS file each (cli.cjs, build-worker.cjs), run
//   by bin/journeymap.js through dist/load-bundle.cjs from V8's code cache, which a training build
//   of the README example writes here (scripts/train-code-cache.mjs). Node 20 has no compile cache
//   for ES modules; from the cache, `-f svg` spends about a third less CPU starting up. Heavy
//   renderers and commands stay lazy inside the file (esbuild initialises a module reached only by
//   import() when it is imported), native or huge packages stay external;
// - the library (index.js, the package's export) and the plugin worker: ES modules, split into
//   chunks that load only when their format is asked for.

import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleLazyRequiresPlugin } from './bundle-lazy-requires.mjs';
import { commanderLazySpawnPlugin } from './commander-lazy-spawn.mjs';
import { pageScriptEsbuildPlugin } from './page-script.mjs';
import { pdfkitEsbuildPlugin } from './pdfkit-stubs/plugin.mjs';
import { separateBundlesPlugin } from './separate-bundles.mjs';
import { writeThirdPartyNotices } from './third-party-notices.mjs';
import { trainCodeCache } from './train-code-cache.mjs';

// Built into a fresh folder, then swapped in with two renames: a process running dist/ (a test,
// a watch) never sees it half-deleted or half-written, and a failed build leaves the old dist/.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const fresh = `${dist}.building-${process.pid}`;
const old = `${dist}.old-${process.pid}`;

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  // mdast-util-from-markdown: a runtime dependency loaded only for Markdown inputs (build README.md).
  // subset-font: used only by scripts/ (the HTML renderer runs harfbuzzjs's wasm itself).
  // pdfkit and fontkit are bundled (stubs for what a PDF never needs: pdfkit-stubs/plugin.mjs).
  external: ['@resvg/resvg-js', 'playwright-core', 'mdast-util-from-markdown', 'subset-font'],
  // yaml's ESM build (its "default" export) tree-shakes; its CommonJS "node" build cannot.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // The HTML page's browser script (src/render/html/client/), bundled apart and inlined as a string.
  plugins: [pageScriptEsbuildPlugin(), pdfkitEsbuildPlugin(), commanderLazySpawnPlugin(), bundleLazyRequiresPlugin()],
  logLevel: 'warning',
  // pdfkit's data files and its lazily required helpers are found through require.resolve('pdfkit')
  // on purpose (pdfkit-stubs/): pdfkit is a runtime dependency, its folder is there.
  logOverride: { 'require-resolve-not-external': 'silent' },
  // What each build bundled: the packages whose licences dist/THIRD-PARTY-NOTICES.txt carries.
  metafile: true,
};

/**
 * The entry of `build --jobs` worker threads (src/cli/build/build-parallel.ts): build-worker.cjs
 * run as bin/journeymap.js runs cli.cjs, from its code cache, with import() lent from a file of
 * this package (so packages and plugins resolve from here, not from the working folder).
 */
const BUILD_WORKER_LAUNCH = `'use strict';
require('./load-bundle.cjs').loadBundle('build-worker', (specifier) => import(specifier));
`;

/**
 * Finishes a CommonJS bundle for the launcher: esbuild leaves non-ASCII characters in regular
 * expression literals, escaped here (\\uXXXX means the same in a regex, a string or a name), so the
 * file is pure ASCII; and its first line names its build, which its code cache carries too.
 */
function finishBundle(file) {
  const text = readFileSync(file, 'utf8').replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  writeFileSync(file, `// journeymap build ${id}\n${text}`);
}

rmSync(fresh, { recursive: true, force: true });
try {
  const library = await build({
    ...shared,
    // plugin-worker: where plugin modules run, so a hung render can be stopped (project/plugin-host.ts).
    entryPoints: { index: 'src/index.ts', 'plugin-worker': 'src/project/plugin-worker.ts' },
    outdir: fresh,
    splitting: true,
    format: 'esm',
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "import { createRequire as __jmCreateRequire } from 'node:module'; const require = __jmCreateRequire(import.meta.url);",
    },
  });
  const cli = await build({
    ...shared,
    // build-worker: the entry of `build --jobs` worker threads (src/cli/build/build-parallel.ts).
    // pdf-renderer: a bundle of its own, loaded when a PDF is asked for (separate-bundles.mjs).
    entryPoints: {
      cli: 'src/cli/main.ts',
      'build-worker': 'src/cli/build/build-worker.ts',
      'pdf-renderer': 'src/render/pdf/pdf-renderer.ts',
    },
    outdir: fresh,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    // Pure ASCII without comments: the launcher reads it as latin1 (three times faster than UTF-8
    // for 2 MB), which gives V8 the very string the cache was made from.
    charset: 'ascii',
    minifyWhitespace: true,
    define: { 'import.meta.url': '__jmImportMetaUrl' },
    banner: { js: "const __jmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [...shared.plugins, separateBundlesPlugin()],
  });
  await build({
    entryPoints: { 'load-bundle': 'src/launch/load-bundle.ts' },
    bundle: true,
    outdir: fresh,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  for (const name of ['cli', 'build-worker', 'pdf-renderer']) finishBundle(`${fresh}/${name}.cjs`);
  writeFileSync(`${fresh}/build-worker-launch.cjs`, BUILD_WORKER_LAUNCH);
  writeThirdPartyNotices([library.metafile, cli.metafile], `${fresh}/THIRD-PARTY-NOTICES.txt`);
} catch (error) {
  rmSync(fresh, { recursive: true, force: true });
  throw error;
}
try {
  renameSync(dist, old);
} catch {
  // No dist/ yet.
}
renameSync(fresh, dist);
rmSync(old, { recursive: true, force: true });
// Trained in place: V8 keeps the file name the cache was made under (stack traces, profiles).
trainCodeCache(dist);
