// esbuild plugin for bundling pdfkit and fontkit into the PDF chunk: crypto-js, linebreak and
// brotli's decompressor (loaded by them on start; used only for encrypted PDFs, text pdfkit wraps
// itself and WOFF2 fonts) become lazy stubs, and pdfkit's data files (the standard fonts' AFM)
// are read from its package folder; a text call may skip measuring what it drew (`advance: false`);
// fontkit's subsetter decodes only the glyphs it must.
// The PDFs' bytes are the same as with pdfkit unbundled.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** A stream's chunks (text kept as written, or bytes) as one Buffer; text encoded as pdfkit did. */
const JOIN_CHUNKS = `
function __jmJoinChunks(chunks) {
  const parts = [];
  let text = [];
  for (const chunk of chunks) {
    if (typeof chunk === 'string') text.push(chunk);
    else {
      if (text.length > 0) parts.push(Buffer.from(text.join(''), 'binary'));
      text = [];
      parts.push(chunk);
    }
  }
  if (text.length > 0) parts.push(Buffer.from(text.join(''), 'binary'));
  return Buffer.concat(parts);
}
`;

/**
 * A document's own view of a font file parsed once for the run: the decoded tables (cmap, metrics,
 * layout lookups) are shared; glyphs are not, since fontkit keeps on each the characters it was
 * first reached by, which become the document's ToUnicode map.
 */
const OWN_FONT = `
function __jmOwnFont(font) {
  const own = Object.create(font);
  own._glyphs = {};
  return own;
}
`;

/**
 * fontkit's subsetter decoded every glyph it copied (all its points) only to learn whether it is a
 * composite; a simple glyph's bytes are copied as they are. numberOfContours, the glyph's first
 * field, says so: only a composite (negative), or any glyph of a variable font, is decoded.
 */
const SIMPLE_GLYPH = `
function __jmSimpleGlyph(font, gid) {
  if (font._variationProcessor) return false;
  const offsets = font.loca.offsets;
  if (offsets[gid] === offsets[gid + 1]) return false;
  const stream = font._getTableStream('glyf');
  stream.pos += offsets[gid];
  return stream.readInt16BE() >= 0;
}
`;

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
      build.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: stub('tiny-inflate.cjs') }));
      build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, (args) =>
        /[/\\]fontkit[/\\]/.test(args.importer) ? { path: stub('brotli-decompress.cjs') } : undefined,
      );
      // png-js inflates a PNG's pixels asynchronously, so pdfkit numbered the alpha masks of a
      // page's PNGs in the order the inflates finished: PDFs with several translucent pictures
      // differed from run to run. Inflated synchronously, they are numbered in drawing order.
      build.onLoad({ filter: /[/\\]png-js[/\\]lib[/\\]png-js\.cjs$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const call = 'zlib__default.default.inflate(this.imgData, ';
        if (!text.includes(call)) throw new Error('png-js no longer inflates as expected: check pdfkit-stubs/plugin.mjs');
        const sync =
          'function __jmInflateSync(data, callback) {\n  let out;\n  try {\n    out = zlib__default.default.inflateSync(data);\n  } catch (error) {\n    return callback(error);\n  }\n  return callback(null, out);\n}\n';
        return { contents: `${text.replace(call, '__jmInflateSync(this.imgData, ')}\n${sync}`, loader: 'js' };
      });
      build.onLoad({ filter: /[/\\]fontkit[/\\]dist[/\\](main\.cjs|module\.mjs)$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const decode = '        let glyph = this.font.getGlyph(gid);\n        let glyf = glyph._decode();\n';
        if (!text.includes(decode)) throw new Error('fontkit no longer subsets glyphs as expected: check pdfkit-stubs/plugin.mjs');
        return {
          contents: text
            .replace(
              decode,
              '        let glyph = this.font.getGlyph(gid);\n        let glyf = __jmSimpleGlyph(this.font, gid) ? null : glyph._decode();\n',
            )
            .concat(SIMPLE_GLYPH),
          loader: 'js',
        };
      });
      build.onLoad({ filter: /[/\\]pdfkit[/\\]js[/\\]pdfkit\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const dir = "require('node:path').dirname(require.resolve('pdfkit'))";
        const replaced = text.replaceAll('__dirname', `(${dir})`);
        if (replaced === text) throw new Error('pdfkit no longer reads files beside __dirname: check pdfkit-stubs/plugin.mjs');
        // doc.text(…) without wrapping measures the text once more after drawing it (a second
        // shaping of every line), only to move doc.x past it. Our map text is placed line by line
        // and passes `advance: false`, which skips that measurement; `continued` text still moves.
        const advance = '    } else {\n      this.x += this.widthOfString(text, options);\n    }';
        if (!replaced.includes(advance)) throw new Error('pdfkit no longer advances x as expected: check pdfkit-stubs/plugin.mjs');
        // Every drawing operator became a Buffer of its own as it was written (thousands a page,
        // most of a map's garbage); text operators are kept as text and turned into bytes once per
        // stream, with the same 'binary' encoding, when the stream is finished.
        const eager = "    if (!(chunk instanceof Uint8Array)) {\n      chunk = Buffer.from(chunk + '\\n', 'binary');\n    }";
        const concat = '      this.buffer = Buffer.concat(this.buffer);';
        if (!replaced.includes(eager) || !replaced.includes(concat)) {
          throw new Error('pdfkit no longer writes stream chunks as expected: check pdfkit-stubs/plugin.mjs');
        }
        // Every document parsed its font files again (fontkit.create, then cmap and metrics decoded
        // lazily, per document): given a Map as options.fontkitCache (render/pdf/pdf-document.ts, one
        // per build run or worker), a font file named by path is parsed once and each document gets
        // its own view of it (OWN_FONT). Unbundled (tests from the sources) pdfkit ignores the option
        // and parses per document: the same bytes either way (test/pdf/pdf-shared-fonts.test.ts).
        const open = '  static open(document, src, family, id) {\n    let font;\n';
        const opened = '    return new EmbeddedFont(document, font, id);\n  }\n}';
        if (!replaced.includes(open) || !replaced.includes(opened)) {
          throw new Error('pdfkit no longer opens fonts as expected: check pdfkit-stubs/plugin.mjs');
        }
        return {
          contents: replaced
            .replace(advance, '    } else if (options.advance !== false) {\n      this.x += this.widthOfString(text, options);\n    }')
            .replace(eager, "    if (!(chunk instanceof Uint8Array)) {\n      chunk = chunk + '\\n';\n    }")
            .replace(concat, '      this.buffer = __jmJoinChunks(this.buffer);')
            .replace(
              open,
              `${open}    const __jmFonts = typeof src === 'string' ? document.options.fontkitCache : undefined;\n` +
                "    const __jmKey = ['pdfkit font', src, family ?? ''].join('\\n');\n" +
                '    if (__jmFonts && __jmFonts.has(__jmKey)) return new EmbeddedFont(document, __jmOwnFont(__jmFonts.get(__jmKey)), id);\n',
            )
            .replace(opened, `    if (__jmFonts) {\n      __jmFonts.set(__jmKey, font);\n      font = __jmOwnFont(font);\n    }\n${opened}`)
            .concat(JOIN_CHUNKS, OWN_FONT),
          loader: 'js',
        };
      });
    },
  };
}
