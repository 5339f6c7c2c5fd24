// Offsets → Span, through yaml's LineCounter. Pure.
import type { LineCounter } from 'yaml';
import type { Point, Span } from '../diagnostics/diagnostic.js';

/** A 1-based line/column point for a 0-based UTF-16 offset. */
export function pointAt(lineCounter: LineCounter, offset: number): Point {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, offset };
}

/** The span [start, end) of `file`; end is clamped so it never precedes start. */
export function spanOf(file: string, lineCounter: LineCounter, start: number, end: number): Span {
  return { file, start: pointAt(lineCounter, start), end: pointAt(lineCounter, Math.max(start, end)) };
}
