// Bundles the HTML page's browser script (src/render/html/client/) into one minified IIFE: the
// text html-page.ts inlines and pins in the page's CSP. It reaches the renderer as the module
// 'virtual:page-script', through the esbuild plugin (scripts/build.mjs) or the vite plugin (vitest).
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGE_SCRIPT_MODULE = 'virtual:page-script';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'src/render/html/client/main.ts';

/** The bundled script and the source files it was built from. */
export async function bundlePageScript() {
  const result = await build({
    entryPoints: [ENTRY],
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
  if (/<\/script|<!--|<script/i.test(text)) throw new Error('page script: the bundle contains </script, <script or <!--');
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(ROOT, path));
  return { text, inputs };
}

const moduleSource = (text) => `export default ${JSON.stringify(text)};\n`;

/** esbuild plugin: `import script from 'virtual:page-script'` gets the bundled text. */
export function pageScriptEsbuildPlugin() {
  return {
    name: 'page-script',
    setup(b) {
      b.onResolve({ filter: /^virtual:page-script$/ }, () => ({ path: PAGE_SCRIPT_MODULE, namespace: 'page-script' }));
      b.onLoad({ filter: /.*/, namespace: 'page-script' }, async () => {
        const { text, inputs } = await bundlePageScript();
        return { contents: moduleSource(text), loader: 'js', watchFiles: inputs };
      });
    },
  };
}

/** Vite (vitest) plugin: the same module, so tests that run the renderer from source get the same script. */
export function pageScriptVitePlugin() {
  const id = `\0${PAGE_SCRIPT_MODULE}`;
  return {
    name: 'page-script',
    resolveId: (source) => (source === PAGE_SCRIPT_MODULE ? id : undefined),
    async load(loaded) {
      if (loaded !== id) return undefined;
      const { text, inputs } = await bundlePageScript();
      for (const file of inputs) this.addWatchFile(file);
      return moduleSource(text);
    },
  };
}
