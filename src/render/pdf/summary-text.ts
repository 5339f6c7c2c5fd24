// Small text helpers for the summary pages: measured wrapped blocks, bullet lists, number
// formatting. pdf-paragraph.ts wraps the text (summary pages are not part of the Scene).
import { formatNumber as formatNumberLabel } from '../../scene/number-label.js';
import { paragraphDirection } from '../../scene/text-direction.js';
import { type Chrome, font } from './page-chrome.js';
import { PDF_FONT } from './pdf-document.js';
import { flowHeight, flowText } from './pdf-paragraph.js';

export interface TextStyle {
  readonly face: 'regular' | 'semibold';
  readonly size: number;
  readonly color: string;
}

const LINE_GAP = 1.5;

/** Height of `text` wrapped to `width` in the given style (pdf-paragraph.ts keeps the lines for drawing). */
export function measure(chrome: Chrome, text: string, style: TextStyle, width: number): number {
  // The face and size wrapping reads; measuring writes nothing to the page (no colour).
  chrome.doc.font(PDF_FONT[style.face]).fontSize(style.size);
  return flowHeight(chrome.doc, style.face, text, { width, lineGap: LINE_GAP });
}

/**
 * Draws wrapped text; `maxHeight` cuts it off with an ellipsis rather than overflowing. Left
 * means where the text starts: right-to-left text (its first strong character) aligns right.
 */
export function block(
  chrome: Chrome,
  text: string,
  at: { x: number; y: number; width: number; maxHeight?: number; align?: 'left' | 'right' | 'center' },
  style: TextStyle,
): void {
  font(chrome.doc, style.face, style.size, style.color);
  flowText(chrome.doc, style.face, text, at.x, at.y, {
    width: at.width,
    lineGap: LINE_GAP,
    align: (at.align ?? 'left') === 'left' && paragraphDirection(text) === 'rtl' ? 'right' : (at.align ?? 'left'),
    ...(at.maxHeight !== undefined ? { height: at.maxHeight, ellipsis: true } : {}),
  });
}

const BULLET_INDENT = 10;

export function measureBullets(chrome: Chrome, items: readonly string[], style: TextStyle, width: number): number {
  return items.reduce((sum, item) => sum + measure(chrome, item, style, width - BULLET_INDENT) + 2, 0);
}

export function bullets(
  chrome: Chrome,
  items: readonly string[],
  at: { x: number; y: number; width: number },
  style: TextStyle & { readonly bulletColor: string },
): number {
  let y = at.y;
  for (const item of items) {
    const h = measure(chrome, item, style, at.width - BULLET_INDENT);
    // A right-to-left item has its bullet on the right, where it starts.
    const rtl = paragraphDirection(item) === 'rtl';
    chrome.doc.circle(rtl ? at.x + at.width - 2.5 : at.x + 2.5, y + style.size * 0.62, 1.6).fill(style.bulletColor);
    block(chrome, item, { x: rtl ? at.x : at.x + BULLET_INDENT, y, width: at.width - BULLET_INDENT }, style);
    y += h + 2;
  }
  return y - at.y;
}

/** A KPI figure as the map shows it (src/scene/number-label.ts), or a dash when absent. */
export function formatNumber(n: number | undefined): string {
  return n === undefined ? '—' : formatNumberLabel(n);
}
