// esbuild plugin for bundling pdfkit and fontkit into the PDF chunk: crypto-js and brotli's
// decompressor (loaded by them on start; used only for encrypted PDFs and WOFF2 fonts) become lazy
// stubs (linebreak, which pdfkit loads too, is loaded anyway: render/pdf/paragraph-lines.ts wraps
// every paragraph with it), and pdfkit's data files (the standard fonts' AFM) are read from its
// package folder; a text call may skip measuring what it drew (`advance: false`);
// fontkit's subsetter decodes only the glyphs it must; a run's documents share font files, their
// cmap lookups and glyph metrics; colours given as text are made once; words are laid out without
// pdfkit's quadratic joining. The PDFs' bytes are the same as with pdfkit unbundled, but for the
// colour operands, written with four decimals (KNOWN_COLORS).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A stream's chunks (text kept as written, or bytes) as one Buffer: each text chunk ends its line,
 * encoded as pdfkit did ('binary').
 */
const JOIN_CHUNKS = `
function __jmJoinChunks(chunks) {
  const parts = [];
  let text = [];
  const endText = () => {
    if (text.length === 0) return;
    text.push('');
    parts.push(Buffer.from(text.join('\\n'), 'binary'));
    text = [];
  };
  for (const chunk of chunks) {
    if (typeof chunk === 'string') text.push(chunk);
    else {
      endText();
      parts.push(chunk);
    }
  }
  endText();
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
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

/**
 * fontkit looked a code point up in the cmap by a binary search over lazily decoded arrays, anew
 * for every character of every document; and each document's glyph objects decoded their metrics
 * (and, for them, the glyph's outline header) again. Both depend only on the font file, whose
 * decoded tables a run shares between its documents (OWN_FONT): the answers are kept per table.
 * A variable font's metrics depend on its variation, so they are not kept.
 */
const SHARED_LOOKUPS = `
const __jmCmapMemos = new WeakMap();
function __jmCmapMemo(cmap) {
  let memo = __jmCmapMemos.get(cmap);
  if (!memo) {
    memo = new Map();
    __jmCmapMemos.set(cmap, memo);
  }
  return memo;
}
const __jmMetricsMemos = new WeakMap();
function __jmMetricsMemo(font) {
  if (font._variationProcessor) return undefined;
  const hmtx = font.hmtx;
  if (!hmtx) return undefined;
  let memo = __jmMetricsMemos.get(hmtx);
  if (!memo) {
    memo = new Map();
    __jmMetricsMemos.set(hmtx, memo);
  }
  return memo;
}
`;

/** One check-and-replace of a piece of a package's source, failing the build if the piece moved. */
function patch(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`${what}: check pdfkit-stubs/plugin.mjs`);
  return text.replace(from, to);
}

/**
 * A colour named by text: its colour space and its components, made once per run. Unknown text
 * sets nothing, as before. pdfkit printed each component with all 17 digits of a double
 * (0.12156862745098039 for 31/255), a fifth of a map page's content; four decimals name the same
 * 8-bit value (off by at most 0.013 of a step), within the five digits or so that PDF's
 * implementation limits promise for a real number.
 */
const KNOWN_COLORS = `
const __jmKnownColors = new Map();
function __jmSetKnownColor(doc, color, stroke) {
  let known = __jmKnownColors.get(color);
  if (known === undefined) {
    const normalized = doc._normalizeColor(color);
    known = normalized
      ? { space: doc._getColorSpace(normalized), operands: normalized.map((c) => String(Number(c.toFixed(4)))).join(' ') }
      : null;
    if (__jmKnownColors.size < 4096) __jmKnownColors.set(color, known);
  }
  if (!known) return false;
  doc._setColorSpace(known.space, stroke);
  doc.addContent(\`\${known.operands} \${stroke ? 'SCN' : 'scn'}\`);
  return true;
}
`;

/** pdfkit's EmbeddedFont.layout without features: each word with its space, from layoutCached. */
const LAYOUT_WORDS = `
function __jmLayoutWords(font, text, onlyWidth) {
  const glyphs = onlyWidth ? null : [];
  const positions = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : -1;
    if ((code === -1 && last < index) || code === 32 || code === 9) {
      const run = font.layoutCached(text.slice(last, index + 1));
      if (!onlyWidth) {
        for (const glyph of run.glyphs) glyphs.push(glyph);
        for (const position of run.positions) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
      last = index + 1;
    }
  }
  return { glyphs, positions, advanceWidth };
}
`;

const stub = (name) => fileURLToPath(new URL(`./${name}`, import.meta.url));

export function pdfkitEsbuildPlugin() {
  return {
    name: 'pdfkit-stubs',
    setup(build) {
      // pdfkit requires linebreak and paragraph-lines.ts imports it: one copy, its CommonJS build,
      // for both (esbuild would otherwise bundle its ES module build too, and load its tables twice).
      const linebreak = createRequire(import.meta.url).resolve('linebreak');
      build.onResolve({ filter: /^linebreak$/ }, () => ({ path: linebreak }));
      build.onResolve({ filter: /^crypto-js$/ }, (args) =>
        /[/\\]pdfkit[/\\]/.test(args.importer) ? { path: stub('crypto-js.cjs') } : undefined,
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
        const sync =
          'function __jmInflateSync(data, callback) {\n  let out;\n  try {\n    out = zlib__default.default.inflateSync(data);\n  } catch (error) {\n    return callback(error);\n  }\n  return callback(null, out);\n}\n';
        const contents = patch(
          text,
          'zlib__default.default.inflate(this.imgData, ',
          '__jmInflateSync(this.imgData, ',
          'png-js no longer inflates as expected',
        );
        return { contents: `${contents}\n${sync}`, loader: 'js' };
      });
      build.onLoad({ filter: /[/\\]fontkit[/\\]dist[/\\](main\.cjs|module\.mjs)$/ }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        text = patch(
          text,
          '        let glyph = this.font.getGlyph(gid);\n        let glyf = glyph._decode();\n',
          '        let glyph = this.font.getGlyph(gid);\n        let glyf = __jmSimpleGlyph(this.font, gid) ? null : glyph._decode();\n',
          'fontkit no longer subsets glyphs as expected',
        );
        text = patch(
          text,
          '    lookup(codepoint, variationSelector) {\n',
          '    lookup(codepoint, variationSelector) {\n' +
            '        if (variationSelector || this.encoding || !this.cmap) return this.__jmLookup(codepoint, variationSelector);\n' +
            '        const memo = __jmCmapMemo(this.cmap);\n' +
            '        let gid = memo.get(codepoint);\n' +
            '        if (gid === undefined) {\n' +
            '            gid = this.__jmLookup(codepoint);\n' +
            '            memo.set(codepoint, gid);\n' +
            '        }\n' +
            '        return gid;\n' +
            '    }\n' +
            '    __jmLookup(codepoint, variationSelector) {\n',
          'fontkit no longer looks up code points as expected',
        );
        text = patch(
          text,
          '    _getMetrics() {\n        if (this._metrics) return this._metrics;\n        let cbox = this._getCBox(true);\n        super._getMetrics(cbox);\n',
          '    _getMetrics() {\n        if (this._metrics) return this._metrics;\n' +
            '        const __jmMemo = __jmMetricsMemo(this._font);\n' +
            '        const __jmKnown = __jmMemo && __jmMemo.get(this.id);\n' +
            '        if (__jmKnown) return this._metrics = __jmKnown;\n' +
            '        let cbox = this._getCBox(true);\n        super._getMetrics(cbox);\n' +
            '        if (__jmMemo) __jmMemo.set(this.id, this._metrics);\n',
          'fontkit no longer measures glyphs as expected',
        );
        return { contents: text.concat(SIMPLE_GLYPH, SHARED_LOOKUPS), loader: 'js' };
      });
      build.onLoad({ filter: /[/\\]pdfkit[/\\]js[/\\]pdfkit\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const dir = "require('node:path').dirname(require.resolve('pdfkit'))";
        let text = source.replaceAll('__dirname', `(${dir})`);
        if (text === source) throw new Error('pdfkit no longer reads files beside __dirname: check pdfkit-stubs/plugin.mjs');
        // doc.text(…) without wrapping measures the text once more after drawing it (a second
        // shaping of every line), only to move doc.x past it. Our map text is placed line by line
        // and passes `advance: false`, which skips that measurement; `continued` text still moves.
        text = patch(
          text,
          '    } else {\n      this.x += this.widthOfString(text, options);\n    }',
          '    } else if (options.advance !== false) {\n      this.x += this.widthOfString(text, options);\n    }',
          'pdfkit no longer advances x as expected',
        );
        // Every drawing operator became a Buffer of its own as it was written (thousands a page,
        // most of a map's garbage); text operators are kept as text, pushed as they are, and turned
        // into bytes once per stream, each with its line end and the same 'binary' encoding, when
        // the stream is finished (JOIN_CHUNKS).
        text = patch(
          text,
          "    if (!(chunk instanceof Uint8Array)) {\n      chunk = Buffer.from(chunk + '\\n', 'binary');\n    }\n" +
            '    this.uncompressedLength += chunk.length;\n    if (this.data.Length == null) {\n      this.data.Length = 0;\n    }\n' +
            '    this.buffer.push(chunk);\n    this.data.Length += chunk.length;\n',
          '    const size = chunk instanceof Uint8Array ? chunk.length : chunk.length + 1;\n' +
            '    this.uncompressedLength += size;\n    if (this.data.Length == null) {\n      this.data.Length = 0;\n    }\n' +
            '    this.buffer.push(chunk);\n    this.data.Length += size;\n',
          'pdfkit no longer writes stream chunks as expected',
        );
        text = patch(
          text,
          '      this.buffer = Buffer.concat(this.buffer);',
          '      this.buffer = __jmJoinChunks(this.buffer);',
          'pdfkit no longer joins stream chunks as expected',
        );
        // Every document parsed its font files again (fontkit.create, then cmap and metrics decoded
        // lazily, per document): given a Map as options.fontkitCache (render/pdf/pdf-document.ts, one
        // per build run or worker), a font file named by path is parsed once and each document gets
        // its own view of it (OWN_FONT). Unbundled (tests from the sources) pdfkit ignores the option
        // and parses per document: the same bytes either way (test/pdf/pdf-shared-fonts.test.ts).
        const open = '  static open(document, src, family, id) {\n    let font;\n';
        text = patch(
          text,
          open,
          `${open}    const __jmFonts = typeof src === 'string' ? document.options.fontkitCache : undefined;\n` +
            "    const __jmKey = ['pdfkit font', src, family ?? ''].join('\\n');\n" +
            '    if (__jmFonts && __jmFonts.has(__jmKey)) return new EmbeddedFont(document, __jmOwnFont(__jmFonts.get(__jmKey)), id);\n',
          'pdfkit no longer opens fonts as expected',
        );
        const opened = '    return new EmbeddedFont(document, font, id);\n  }\n}';
        text = patch(
          text,
          opened,
          `    if (__jmFonts) {\n      __jmFonts.set(__jmKey, font);\n      font = __jmOwnFont(font);\n    }\n${opened}`,
          'pdfkit no longer opens fonts as expected',
        );
        // A colour given as text (all of ours) was parsed and its components printed anew at every
        // fill and stroke; its space and operand text are kept once made (KNOWN_COLORS).
        const setColor = '  _setColorCore(color, stroke) {\n';
        text = patch(
          text,
          setColor,
          `${setColor}    if (typeof color === 'string' && !this.spotColors[color]) return __jmSetKnownColor(this, color, stroke);\n` +
            '    return this.__jmSetColorCore(color, stroke);\n  },\n  __jmSetColorCore(color, stroke) {\n',
          'pdfkit no longer sets colours as expected',
        );
        // Text without features is laid out word by word, each word cached per document; pdfkit
        // joined the words' glyphs with concat (quadratic in the words of a text) and tested each
        // character against a new array. Same words, same order, same sums (LAYOUT_WORDS).
        const layoutWords =
          '  layout(text, features, onlyWidth) {\n    if (features) {\n      return this.layoutRun(text, features);\n    }\n';
        text = patch(
          text,
          layoutWords,
          `${layoutWords}    return __jmLayoutWords(this, text, onlyWidth);\n`,
          'pdfkit no longer lays out words as expected',
        );
        return { contents: text.concat(JOIN_CHUNKS, OWN_FONT, KNOWN_COLORS, LAYOUT_WORDS), loader: 'js' };
      });
    },
  };
}
