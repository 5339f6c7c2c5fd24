// Draws the rustc-style frame under a diagnostic: the source line with its number and a row of
// markers under the span, then the hint. Plain text in, plain text out; colour is passed in.
import type { Span } from '../../diagnostics/diagnostic.js';

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

const TAB = '    ';

/** The source line as displayed (tabs expanded) and the display column of a 1-based column. */
function displayColumn(line: string, column: number): number {
  const prefix = line.slice(0, Math.max(0, column - 1));
  return prefix.replace(/\t/g, TAB).length;
}

export function codeFrame(text: string, span: Span, style: FrameStyle, marker = '^', label?: string): string {
  const lines = text.split(/\r?\n/);
  const source = lines[span.start.line - 1];
  if (source === undefined) return '';
  const width = String(span.start.line).length;
  const pad = ' '.repeat(width);
  const shown = source.replace(/\t/g, TAB);
  const startCol = displayColumn(source, span.start.column);
  // A span that runs onto later lines is underlined to the end of its first line.
  const endCol = span.end.line === span.start.line ? displayColumn(source, span.end.column) : shown.length;
  const length = Math.max(1, endCol - startCol);
  const markers = style.marker(marker.repeat(length) + (label ? ` ${label}` : ''));
  return [
    `${pad} ${style.gutter('|')}`,
    `${style.gutter(`${span.start.line} |`)} ${shown}`,
    `${pad} ${style.gutter('|')} ${' '.repeat(startCol)}${markers}`,
  ].join('\n');
}
