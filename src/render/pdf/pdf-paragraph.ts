// pdfkit-style wrapped text (summary pages, headers, footers) with the per-character faces. Text
// with no right-to-left letter goes to pdfkit as before (one plain call, or one `continued` call
// per face run). Text with one is wrapped here in logical order by the widths drawTextLine draws,
// and each line is then drawn in visual order on the paragraph's direction (first strong
// character), so a wrapped right-to-left paragraph reads top to bottom, each line right to left.
import type { FontFaceName, FontSpec } from '../../scene/scene.js';
import { breakWord, type Measure, withEllipsis } from '../../scene/text-breaks.js';
import { hasRightToLeft, paragraphDirection } from '../../scene/text-direction.js';
import { lineWidth } from '../run-width.js';
import { visualRuns } from '../visual-runs.js';
import { PDF_FONT, type PdfDoc } from './pdf-document.js';
import { drawTextLine, featuresFor } from './pdf-text.js';
import { currentFont, currentFontSize } from './pdfkit-font.js';

/** Greedy word wrap in logical order; explicit newlines kept; no width: one line per paragraph. */
function wrapLogical(text: string, width: number | undefined, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    if (width === undefined) {
      lines.push(paragraph);
      continue;
    }
    let current = '';
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (measure(candidate) <= width) {
        current = candidate;
        continue;
      }
      if (current !== '') lines.push(current);
      const pieces = measure(word) <= width ? [word] : breakWord(word, width, measure);
      lines.push(...pieces.slice(0, -1));
      current = pieces.at(-1) ?? '';
    }
    lines.push(current);
  }
  return lines;
}

interface Laid {
  readonly lines: readonly string[];
  readonly lineAdvance: number;
  readonly font: FontSpec;
}

/** The lines of a right-to-left-bearing text as flowText draws them, and the advance between them. */
function layParagraph(doc: PdfDoc, weight: FontFaceName, text: string, options: PDFKit.Mixins.TextOptions): Laid {
  const font: FontSpec = { face: weight, size: currentFontSize(doc) };
  const measure = (s: string): number => lineWidth(s, font);
  const width = options.lineBreak === false ? undefined : options.width;
  let lines = wrapLogical(text, width, measure);
  const lineAdvance = doc.font(PDF_FONT[weight]).currentLineHeight(true) + (options.lineGap ?? 0);
  if (options.height !== undefined) {
    const max = Math.max(1, Math.floor((options.height + (options.lineGap ?? 0)) / lineAdvance));
    if (lines.length > max) {
      lines = lines.slice(0, max);
      if (options.ellipsis && width !== undefined) lines[max - 1] = withEllipsis(lines[max - 1] ?? '', width, measure);
    }
  }
  return { lines, lineAdvance, font };
}

/** Height of `text` as flowText draws it in `width` (pdfkit's own measure for text it wraps itself). */
export function flowHeight(doc: PdfDoc, weight: FontFaceName, text: string, options: PDFKit.Mixins.TextOptions): number {
  if (!hasRightToLeft(text)) return doc.font(PDF_FONT[weight]).heightOfString(text, options);
  const { lines, lineAdvance } = layParagraph(doc, weight, text, options);
  return lines.length * lineAdvance;
}

/**
 * Draws a right-to-left-bearing text: each logical line placed by its measured width (aligned
 * left, right or centred in options.width) with its baseline where pdfkit's would be (Inter's
 * ascent below the line's top), then the current font set back to Inter.
 */
function drawParagraph(doc: PdfDoc, weight: FontFaceName, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions): PdfDoc {
  const { lines, lineAdvance, font } = layParagraph(doc, weight, text, options);
  const direction = paragraphDirection(text);
  const ascent = currentFont(doc.font(PDF_FONT[weight])).ascender / 1000;
  lines.forEach((line, i) => {
    const room = (options.width ?? 0) - lineWidth(line, font);
    const left = options.align === 'right' ? x + room : options.align === 'center' ? x + room / 2 : x;
    drawTextLine(doc, line, options.width === undefined ? x : left, y + i * lineAdvance + ascent * font.size, font, direction);
  });
  return doc.font(PDF_FONT[weight]).fontSize(font.size);
}

/**
 * pdfkit's own wrapped text with the same per-character faces: Inter when the text needs nothing
 * else (one plain call), right-to-left text by drawParagraph, else one `continued` call per face
 * run, which pdfkit wraps as one paragraph. The caller has set size and colour; `weight` is the
 * face it set.
 */
export function flowText(
  doc: PdfDoc,
  weight: FontFaceName,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): PdfDoc {
  if (hasRightToLeft(text)) return drawParagraph(doc, weight, text, x, y, options);
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
