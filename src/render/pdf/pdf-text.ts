// Draws one line of Scene text in the PDF with the faces layout measured it with: Inter, or per
// character the bundled fallback face (assets/fallback-faces.ts), in visual order for
// right-to-left text (render/visual-runs.ts). Each run starts where the measured widths of the
// runs before it end, so the line is as wide as layout made it. pdfkit subsets each face it uses.
import { fallbackAdvanceEm } from '../../assets/fallback-faces.js';
import { FACES, glyphAdvanceEm, isZeroWidth } from '../../assets/font-metrics.js';
import type { FontFaceName, FontSpec } from '../../scene/scene.js';
import { type VisualRun, visualRuns } from '../visual-runs.js';
import { PDF_FONT, type PdfDoc } from './pdf-document.js';

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

/**
 * Arabic keeps its joining forms and ligatures but not glyph composition (ccmp): Noto Sans Arabic
 * composes dotted letters from shared dotless shapes plus dots, and pdfkit maps each glyph to one
 * text, so a medial yeh would be read back (pdftotext, copy) as the teh that shares its shape.
 * Without ccmp each letter keeps its own precomposed glyph.
 */
const ARABIC_FEATURES = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/**
 * Width of a run in px from the same advances layout measured with (Inter's, else the fallback
 * face's; a character no face has is drawn as Inter's empty box).
 */
function runWidth(text: string, font: FontSpec): number {
  const inter = FACES[font.face];
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const advance = glyphAdvanceEm(inter, cp);
    if (!Number.isNaN(advance)) em += advance;
    else if (isZeroWidth(cp)) continue;
    else {
      const fallback = fallbackAdvanceEm(cp, font.face);
      em += Number.isNaN(fallback) ? inter.missingAdvance / inter.unitsPerEm : fallback;
    }
  }
  return em * font.size;
}

/** Features for a run: Inter's plain advances, Arabic without composition, other faces as they are. */
const featuresFor = (run: VisualRun): PDFKit.Mixins.OpenTypeFeatures[] | undefined =>
  run.face ? (run.face.id.startsWith('arabic') ? ARABIC_FEATURES : undefined) : PLAIN_FEATURES;

/** Draws `text` with its left end at x and its baseline at y; the caller has set the fill colour. */
export function drawTextLine(doc: PdfDoc, text: string, x: number, y: number, font: FontSpec): void {
  const runs = visualRuns(text, font.face);
  let left = x;
  for (const run of runs) {
    if (run.face) doc.font(run.face.file);
    else doc.font(PDF_FONT[font.face]);
    doc.fontSize(font.size);
    doc.text(run.text, left, y, {
      lineBreak: false,
      baseline: 'alphabetic',
      features: featuresFor(run),
    });
    left += runWidth(run.text, font);
  }
}

/**
 * pdfkit's own wrapped text (summary pages, headers, footers) with the same per-character faces:
 * Inter when the text needs nothing else (one plain call), else one `continued` call per face run,
 * which pdfkit wraps as one paragraph. The caller has set size and colour; `weight` is the face
 * it set. Runs come in visual order (bidi), which is right for a text that fits on one line; a
 * right-to-left paragraph pdfkit wraps onto several lines keeps its words' visual order across them.
 */
export function flowText(
  doc: PdfDoc,
  weight: FontFaceName,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): PdfDoc {
  const runs = visualRuns(text, weight);
  if (runs.every((run) => !run.face)) return doc.font(PDF_FONT[weight]).text(text, x, y, options);
  const fontOf = (run: (typeof runs)[number]): string => (run.face ? run.face.file : PDF_FONT[weight]);
  if (options.align === 'right' || options.align === 'center') {
    // pdfkit aligns each continued piece on its own: one line, placed from the runs' widths.
    const widths = runs.map((run) => {
      const features = featuresFor(run);
      return doc.font(fontOf(run)).widthOfString(run.text, run.face && features ? { features } : {});
    });
    const total = widths.reduce((a, b) => a + b, 0);
    const room = (options.width ?? total) - total;
    let left = x + Math.max(0, options.align === 'right' ? room : room / 2);
    runs.forEach((run, i) => {
      const features = featuresFor(run);
      doc.font(fontOf(run)).text(run.text, left, y, {
        lineBreak: false,
        ...(options.baseline ? { baseline: options.baseline } : {}),
        ...(run.face && features ? { features } : {}),
      });
      left += widths[i] ?? 0;
    });
    return doc;
  }
  runs.forEach((run, i) => {
    doc.font(fontOf(run));
    const features = featuresFor(run);
    const more = { ...options, continued: i < runs.length - 1, ...(run.face && features ? { features } : {}) };
    if (i === 0) doc.text(run.text, x, y, more);
    else doc.text(run.text, more);
  });
  return doc;
}
