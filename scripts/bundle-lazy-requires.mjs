// esbuild plugin: packages our sources require lazily with createRequire(import.meta.url)('pkg')
// (so that tests running the TypeScript sources load them from node_modules) are bundled here and
// still initialised only when that call runs: the call becomes a plain require('pkg'), which esbuild
// bundles and wraps lazily. In the CLI bundle they then come from V8's code cache too (@xmldom/xmldom
// took 13 ms to load from node_modules for every journey with an SVG picture).
import { readFile } from 'node:fs/promises';

export const BUNDLED_LAZILY = ['@xmldom/xmldom', 'image-size'];

const CALL = /createRequire\(import\.meta\.url\)\((['"])(@xmldom\/xmldom|image-size)\1\)/g;

export function bundleLazyRequiresPlugin() {
  return {
    name: 'bundle-lazy-requires',
    setup(build) {
      build.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!CALL.test(text)) return undefined;
        CALL.lastIndex = 0;
        return { contents: text.replace(CALL, (_call, quote, name) => `require(${quote}${name}${quote})`), loader: 'ts' };
      });
    },
  };
}
