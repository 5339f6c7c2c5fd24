// Bundles the browser scripts into minified IIFEs: the HTML page's (src/render/html/client/), which
// html-page.ts inlines and pins in the page's CSP, and the portfolio site's index script
// (src/site/client/). Each reaches its module as 'virtual:page-script' / 'virtual:site-script',
// through the esbuild plugin (scripts/build.mjs) or the vite plugin (vitest).

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PAGE_SCRIPT_MODULE = 'virtual:page-script';
export const SITE_SCRIPT_MODULE = 'virtual:site-script';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = {
  [PAGE_SCRIPT_MODULE]: 'src/render/html/client/main.ts',
  [SITE_SCRIPT_MODULE]: 'src/site/client/main.ts',
};

/** One browser script bundled, and the source files it was built from. */
export async function bundleScript(module = PAGE_SCRIPT_MODULE) {
  const result = await build({
    entryPoints: [ENTRIES[module]],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const text = result.outputFiles[0].text;
  // Inside <script>, these would end the element or switch the HTML parser's script states.
  if (/<\/script|<!--|<script/i.test(text)) throw new Error(`${module}: the bundle contains </script, <script or <!--`);
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(ROOT, path));
  return { text, inputs };
}

/** The map page's script and its sources. */
export const bundlePageScript = () => bundleScript(PAGE_SCRIPT_MODULE);

const moduleSource = (text) => `export default ${JSON.stringify(text)};\n`;

/** esbuild plugin: `import script from 'virtual:page-script'` (or site-script) gets the bundled text. */
export function pageScriptEsbuildPlugin() {
  return {
    name: 'page-script',
    setup(b) {
      b.onResolve({ filter: /^virtual:(page|site)-script$/ }, (args) => ({ path: args.path, namespace: 'page-script' }));
      b.onLoad({ filter: /.*/, namespace: 'page-script' }, async (args) => {
        const { text, inputs } = await bundleScript(args.path);
        return { contents: moduleSource(text), loader: 'js', watchFiles: inputs };
      });
    },
  };
}

/** Vite (vitest) plugin: the same modules, so tests that run from source get the same scripts. */
export function pageScriptVitePlugin() {
  const ids = new Map(Object.keys(ENTRIES).map((module) => [`\0${module}`, module]));
  return {
    name: 'page-script',
    resolveId: (source) => (source in ENTRIES ? `\0${source}` : undefined),
    async load(loaded) {
      const module = ids.get(loaded);
      if (module === undefined) return undefined;
      const { text, inputs } = await bundleScript(module);
      for (const file of inputs) this.addWatchFile(file);
      return moduleSource(text);
    },
  };
}
