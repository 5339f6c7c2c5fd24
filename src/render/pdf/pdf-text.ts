// Draws one line of Scene text in the PDF with the faces layout measured it with: Inter, or per
// character the bundled fallback face (assets/fallback-faces.ts), in visual order for
// right-to-left text (render/visual-runs.ts). Each run starts where the measured widths of the
// runs before it end, so the line is as wide as layout made it. pdfkit subsets each face it uses.
import type { FallbackFace } from '../../assets/fallback-faces.js';
import { isShapedFace, shapeRun } from '../../assets/shaped-advance.js';
import type { FontSpec } from '../../scene/scene.js';
import { isPrintableAscii } from '../../scene/text-breaks.js';
import { runWidth } from '../run-width.js';
import { type VisualRun, visualRuns } from '../visual-runs.js';
import { PDF_FONT, type PdfDoc } from './pdf-document.js';
import { currentFont, currentFontSize } from './pdfkit-font.js';

/**
 * OpenType features switched off so Inter's glyph advances are the plain per-code-point widths the
 * layout measured from metrics.json. fontkit accepts this object form; pdfkit's typings only declare
 * the array form. Fallback faces keep their defaults: Arabic needs its joining forms and ligatures.
 */
const PLAIN_FEATURES = {
  kern: false,
  liga: false,
  clig: false,
  calt: false,
  rclt: false,
  dlig: false,
} as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/** Features for a run: Inter's plain advances, the fallback faces as they are (Arabic joins). */
export const featuresFor = (run: VisualRun): PDFKit.Mixins.OpenTypeFeatures[] | undefined => (run.face ? undefined : PLAIN_FEATURES);

/** A number as pdfkit writes it in a content stream (PDFObject.number): at most six decimals. */
const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Subset glyph ids as four hex digits, the way pdfkit's encode writes them. */
const HEX4: string[] = [];
const hex4 = (gid: number): string => (HEX4[gid] ??= `0000${gid.toString(16)}`.slice(-4));

/**
 * Text Inter's layout leaves alone with PLAIN_FEATURES: printable ASCII, the no-break space, and
 * Inter's other characters below U+3000 (Latin, Greek, Cyrillic, punctuation, arrows, symbols) but
 * marks, controls and other separators. With kerning, ligatures and contextual alternates off,
 * Inter's remaining default features (ccmp, locl, mark, mkmk) change none of them: each is its
 * glyph from the cmap at the glyph's own advance (test/pdf/plain-inter-layout.test.ts checks each
 * alone and beside every ASCII character, in both faces).
 */
const PLAIN_INTER = /^(?:[\x20-\x7e\u00a0]|(?![\p{M}\p{C}\p{Z}])[\u00a1-\u2fff])*$/u;

export const isPlainInter = (text: string): boolean => PLAIN_INTER.test(text);

/**
 * Draws plain text (PLAIN_INTER) in the current (Inter) font with its left end at x and its
 * baseline at y: the operators pdfkit's text() writes for it with PLAIN_FEATURES, byte for byte,
 * without fontkit's shaper, pdfkit's options, line splitting, glyph positions and per-glyph
 * strings: one hex string with no adjustment. Most of a PDF's text. False, drawing nothing, for
 * other text, or a character Inter lacks.
 */
function drawPlainInter(doc: PdfDoc, text: string, x: number, y: number): boolean {
  if (!isPlainInter(text)) return false;
  const font = currentFont(doc);
  if (!isPrintableAscii(text)) {
    for (let i = 0; i < text.length; i++) if (font.font.glyphForCodePoint(text.charCodeAt(i)).id === 0) return false;
  }
  doc.x = x;
  doc.y = y;
  if (text === '') return true;
  const fonts = doc.page.fonts as Record<string, unknown>;
  fonts[font.id] ??= font.ref();
  let hex = '';
  for (let i = 0; i < text.length; i++) {
    const glyph = font.font.glyphForCodePoint(text.charCodeAt(i));
    const gid = font.subset.includeGlyph(glyph.id);
    hex += hex4(gid);
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
  // pdfkit's save(), flip, text and restore(), as one piece of content: the state is as it was.
  const height = doc.page.height;
  const size = pdfNumber(currentFontSize(doc));
  doc.addContent(
    `q\n1 0 0 -1 0 ${pdfNumber(height)} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(height - y)} Tm\n/${font.id} ${size} Tf\n[<${hex}> 0] TJ\nET\nQ`,
  );
  return true;
}

/**
 * Draws the runs of the right-to-left faces as harfbuzz shapes them (what layout measured, and
 * what Chromium and resvg draw) instead of fontkit: pdfkit's encode with harfbuzz's glyphs and
 * positions, so every format places glyphs and points alike. fontkit names the wrong letter for
 * Noto Sans Arabic's shared dotless shapes (a medial yeh read back as teh by pdftotext or a copy),
 * since pdfkit maps each glyph to one text. Each
 * glyph's text comes from harfbuzz's clusters, and the subset glyph is keyed by glyph and text:
 * a shape is embedded once per letter that uses it, and reads back as that letter.
 */
function shapeWithHarfbuzz(doc: PdfDoc, face: FallbackFace): void {
  const font = currentFont(doc);
  if (Object.hasOwn(font, 'encode')) return;
  const keyed = new Map<string, number>();
  font.encode = (text) => {
    const shaped = shapeRun(text, face).glyphs;
    const encoded = shaped.map((glyph) => {
      const key = `${glyph.id}:${glyph.text}`;
      let gid = keyed.get(key);
      if (gid === undefined) {
        font.subset.glyphs.push(glyph.id);
        gid = font.subset.glyphs.length - 1;
        keyed.set(key, gid);
        font.widths[gid] = font.font.getGlyph(glyph.id).advanceWidth * font.scale;
        font.unicode[gid] = Array.from(glyph.text, (ch) => ch.codePointAt(0) ?? 0);
      }
      return `0000${gid.toString(16)}`.slice(-4);
    });
    const positions = shaped.map((glyph) => ({
      xAdvance: glyph.advance * font.scale,
      yAdvance: 0,
      xOffset: glyph.xOffset * font.scale,
      yOffset: glyph.yOffset * font.scale,
      advanceWidth: font.font.getGlyph(glyph.id).advanceWidth * font.scale,
    }));
    return [encoded, positions];
  };
}

/**
 * Draws `text` with its left end at x and its baseline at y, in visual order on a paragraph of
 * the given direction; the caller has set the fill colour.
 */
export function drawTextLine(doc: PdfDoc, text: string, x: number, y: number, font: FontSpec, direction: 'ltr' | 'rtl' = 'ltr'): void {
  const runs = visualRuns(text, font.face, direction);
  let left = x;
  for (const run of runs) {
    if (run.face) doc.font(run.face.file);
    else doc.font(PDF_FONT[font.face]);
    if (isShapedFace(run.face)) shapeWithHarfbuzz(doc, run.face);
    doc.fontSize(font.size);
    if (!run.face && drawPlainInter(doc, run.text, left, y)) {
      left += runWidth(run, font);
      continue;
    }
    // advance: false — placed run by run from our widths, so pdfkit need not measure each run
    // again to move doc.x past it (scripts/pdfkit-stubs/plugin.mjs).
    doc.text(run.text, left, y, {
      lineBreak: false,
      baseline: 'alphabetic',
      features: featuresFor(run),
      advance: false,
    } as PDFKit.Mixins.TextOptions);
    left += runWidth(run, font);
  }
}
