// Wrapped text with pdfkit's options (summary pages, headers, footers) with the per-character
// faces. It is wrapped here in logical order (paragraph-lines.ts) by the widths drawTextLine draws
// (the bundled metrics layout measures with), not by pdfkit's LineWrapper, which shaped every word
// with fontkit to measure it and every line again to draw it: two thirds of a summary page's time.
// Each line is then drawn in visual order on the paragraph's direction (first strong character),
// so a wrapped right-to-left paragraph reads top to bottom, each line right to left.
import type { FontFaceName, FontSpec } from '../../scene/scene.js';
import { withEllipsis } from '../../scene/text-breaks.js';
import { paragraphDirection } from '../../scene/text-direction.js';
import { lineWidth } from '../run-width.js';
import { paragraphLines } from './paragraph-lines.js';
import { PDF_FONT, type PdfDoc } from './pdf-document.js';
import { drawTextLine } from './pdf-text.js';
import { currentFont, currentFontSize } from './pdfkit-font.js';

interface Laid {
  readonly lines: readonly string[];
  readonly lineAdvance: number;
  /** Inter's ascent in px at the paragraph's size: a line's baseline below its top. */
  readonly ascent: number;
  readonly font: FontSpec;
}

/**
 * A document's wrapped texts by face, size, width and text: a summary page wraps a text to measure
 * its row, then again to draw it. Wrapping depends on nothing else, so an entry is never stale.
 */
const wrappedTexts = new WeakMap<PdfDoc, Map<string, readonly string[]>>();

function wrapped(doc: PdfDoc, font: FontSpec, text: string, width: number | undefined): readonly string[] {
  let known = wrappedTexts.get(doc);
  if (!known) {
    known = new Map();
    wrappedTexts.set(doc, known);
  }
  const key = `${font.face}\n${font.size}\n${width ?? ''}\n${text}`;
  let lines = known.get(key);
  if (!lines) {
    lines = paragraphLines(text, width, (s) => lineWidth(s, font));
    known.set(key, lines);
  }
  return lines;
}

/** The lines of a text as flowText draws them, and the advance between them. */
function layParagraph(doc: PdfDoc, weight: FontFaceName, text: string, options: PDFKit.Mixins.TextOptions): Laid {
  const font: FontSpec = { face: weight, size: currentFontSize(doc) };
  const measure = (s: string): number => lineWidth(s, font);
  const width = options.lineBreak === false ? undefined : options.width;
  let lines = wrapped(doc, font, text, width);
  const inter = doc.font(PDF_FONT[weight]);
  const lineAdvance = inter.currentLineHeight(true) + (options.lineGap ?? 0);
  const ascent = (currentFont(inter).ascender / 1000) * font.size;
  if (options.height !== undefined) {
    const max = Math.max(1, Math.floor((options.height + (options.lineGap ?? 0)) / lineAdvance));
    if (lines.length > max) {
      const kept = lines.slice(0, max);
      if (options.ellipsis && width !== undefined) kept[max - 1] = withEllipsis(kept[max - 1] ?? '', width, measure);
      lines = kept;
    }
  }
  return { lines, lineAdvance, ascent, font };
}

/** Height of `text` as flowText draws it with these options. */
export function flowHeight(doc: PdfDoc, weight: FontFaceName, text: string, options: PDFKit.Mixins.TextOptions): number {
  const { lines, lineAdvance } = layParagraph(doc, weight, text, options);
  return lines.length * lineAdvance;
}

/**
 * Draws a paragraph: each logical line placed by its measured width (aligned left, right or
 * centred in options.width) with its baseline where pdfkit's would be (Inter's ascent below the
 * line's top), in visual order on the paragraph's direction; then the current font set back to
 * the paragraph's Inter face. The caller has set size and colour; `weight` is the face it set.
 */
export function flowText(
  doc: PdfDoc,
  weight: FontFaceName,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): PdfDoc {
  const { lines, lineAdvance, ascent, font } = layParagraph(doc, weight, text, options);
  const direction = paragraphDirection(text);
  lines.forEach((line, i) => {
    const room = (options.width ?? 0) - lineWidth(line, font);
    const left = options.align === 'right' ? x + room : options.align === 'center' ? x + room / 2 : x;
    drawTextLine(doc, line, options.width === undefined ? x : left, y + i * lineAdvance + ascent, font, direction);
  });
  return doc.font(PDF_FONT[weight]).fontSize(font.size);
}
