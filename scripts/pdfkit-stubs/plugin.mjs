// esbuild plugin for bundling pdfkit and fontkit into the PDF chunk: crypto-js, linebreak and
// brotli's decompressor (loaded by them on start; used only for encrypted PDFs, text pdfkit wraps
// itself and WOFF2 fonts) become lazy stubs, and pdfkit's data files (the standard fonts' AFM)
// are read from its package folder. The PDFs' bytes are the same as with pdfkit unbundled.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const stub = (name) => fileURLToPath(new URL(`./${name}`, import.meta.url));

export function pdfkitEsbuildPlugin() {
  return {
    name: 'pdfkit-stubs',
    setup(build) {
      build.onResolve({ filter: /^crypto-js$/ }, (args) =>
        /[/\\]pdfkit[/\\]/.test(args.importer) ? { path: stub('crypto-js.cjs') } : undefined,
      );
      build.onResolve({ filter: /^linebreak$/ }, (args) =>
        /[/\\]pdfkit[/\\]/.test(args.importer) ? { path: stub('linebreak.cjs') } : undefined,
      );
      build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, (args) =>
        /[/\\]fontkit[/\\]/.test(args.importer) ? { path: stub('brotli-decompress.cjs') } : undefined,
      );
      build.onLoad({ filter: /[/\\]pdfkit[/\\]js[/\\]pdfkit\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const dir = "require('node:path').dirname(require.resolve('pdfkit'))";
        const replaced = text.replaceAll('__dirname', `(${dir})`);
        if (replaced === text) throw new Error('pdfkit no longer reads files beside __dirname: check pdfkit-stubs/plugin.mjs');
        return { contents: replaced, loader: 'js' };
      });
    },
  };
}
