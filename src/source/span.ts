// Offsets → Span, through yaml's LineCounter. Pure.
import type { LineCounter } from 'yaml';
import type { Point, Span } from '../diagnostics/diagnostic.js';

/** A 1-based line/column point for a 0-based UTF-16 offset. */
export function pointAt(lineCounter: LineCounter, offset: number): Point {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, offset };
}

/** A parsed text: what a span is taken from. */
export interface SpanSource {
  readonly file: string;
  readonly text: string;
  readonly lineCounter: LineCounter;
}

/**
 * The span [start, end) of the source. Offsets are clamped into the text (yaml reports problems
 * at the end of the file one character past it) and end never precedes start.
 */
export function spanOf(source: SpanSource, start: number, end: number): Span {
  const length = source.text.length;
  const from = Math.min(Math.max(0, start), length);
  const to = Math.min(Math.max(from, end), length);
  return { file: source.file, start: pointAt(source.lineCounter, from), end: pointAt(source.lineCounter, to) };
}

/**
 * A span whose points are found only when first read (`resolve` runs once): for files read
 * without yaml's Document, whose positions cost a full parse that only a diagnostic needs. The
 * points are own enumerable properties, so JSON, structured clone and deep equality see them.
 */
export function deferredSpan(file: string, resolve: () => Span): Span {
  let span: Span | undefined;
  return {
    file,
    get start() {
      span ??= resolve();
      return span.start;
    },
    get end() {
      span ??= resolve();
      return span.end;
    },
  };
}
