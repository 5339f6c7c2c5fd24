// Draws one line of Scene text in the PDF with the faces layout measured it with: Inter, or per
// character the bundled fallback face (assets/fallback-faces.ts), in visual order for
// right-to-left text (render/visual-runs.ts). Each run starts where the measured widths of the
// runs before it end, so the line is as wide as layout made it. pdfkit subsets each face it uses.
import { measureText } from '../../layout/measure-text.js';
import type { FontSpec } from '../../scene/scene.js';
import { visualRuns } from '../visual-runs.js';
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
      features: run.face ? (run.face.id.startsWith('arabic') ? ARABIC_FEATURES : undefined) : PLAIN_FEATURES,
    });
    left += measureText(run.text, font);
  }
}
