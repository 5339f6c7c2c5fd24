// Draws the rustc-style frame under a diagnostic: the source line with its number and a row of
// markers under the span, then the hint. Plain text in, plain text out; colour is passed in.
import type { Span } from '../../diagnostics/diagnostic.js';
import { isInvisibleCharacter } from '../../source/character-names.js';

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

const TAB = '    ';

/** Source shown around the span at most: a minified or 800 KB line must not flood the terminal. */
const MAX_SHOWN = 120;
/** Columns kept before the span when a long line is cut. */
const LEAD = 40;

/**
 * What each UTF-16 unit of a line shows as: tabs expanded, and bidi controls and zero-width
 * characters as a visible <U+202E>, so the terminal neither reorders the line nor hides them.
 */
function displayPieces(line: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < line.length; i++) {
    const cp = line.codePointAt(i) ?? 0;
    const wide = cp > 0xffff;
    if (line[i] === '\t') pieces.push(TAB);
    else if (isInvisibleCharacter(cp)) pieces.push(`<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`);
    else pieces.push(wide ? line.slice(i, i + 2) : (line[i] ?? ''));
    if (wide) {
      pieces.push('');
      i++;
    }
  }
  return pieces;
}

/** Text for a terminal line (a message, a hint): bidi controls and zero-width characters shown as <U+202E>. */
export function visibleText(text: string): string {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    out += isInvisibleCharacter(cp) ? `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>` : char;
  }
  return out;
}

export function codeFrame(text: string, span: Span, style: FrameStyle, marker = '^', label?: string): string {
  const lines = text.split(/\r?\n/);
  const source = lines[span.start.line - 1];
  if (source === undefined) return '';
  const width = String(span.start.line).length;
  const pad = ' '.repeat(width);
  const pieces = displayPieces(source);
  // The display column before the 1-based source column.
  const columnAt = (column: number) => pieces.slice(0, Math.max(0, column - 1)).join('').length;
  let shown = pieces.join('');
  let startCol = columnAt(span.start.column);
  // A span that runs onto later lines is underlined to the end of its first line.
  let endCol = span.end.line === span.start.line ? columnAt(span.end.column) : shown.length;
  if (shown.length > MAX_SHOWN) {
    const from = Math.max(0, Math.min(startCol - LEAD, shown.length - MAX_SHOWN));
    const to = from + MAX_SHOWN;
    const lead = from > 0 ? '…' : '';
    shown = `${lead}${shown.slice(from, to)}${to < shown.length ? '…' : ''}`;
    startCol = startCol - from + lead.length;
    endCol = Math.min(endCol, to) - from + lead.length;
  }
  const length = Math.max(1, endCol - startCol);
  const markers = style.marker(marker.repeat(length) + (label ? ` ${label}` : ''));
  return [
    `${pad} ${style.gutter('|')}`,
    `${style.gutter(`${span.start.line} |`)} ${shown}`,
    `${pad} ${style.gutter('|')} ${' '.repeat(startCol)}${markers}`,
  ].join('\n');
}
