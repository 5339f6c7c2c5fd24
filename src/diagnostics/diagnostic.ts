// The Diagnostic and Span types every stage reports with. Pure data: no formatting here
// (cli/reporters/ turns them into text), no positions pasted into messages.
import type { Code } from './codes.js';

/** 1-based line and column; 0-based UTF-16 offset into the source text. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A range in one file; `file` is relative to the project root, with `/` separators. */
export interface Span {
  readonly file: string;
  readonly start: Point;
  readonly end: Point;
}

export type Severity = 'error' | 'warning';

export interface RelatedInformation {
  readonly message: string;
  readonly span: Span;
}

export interface Diagnostic {
  /** Stable kebab-case id from the catalog in codes.ts. */
  readonly code: Code;
  readonly severity: Severity;
  /** Names the value: persona "marie" is not defined. */
  readonly message: string;
  /** Absent only for whole-file problems; then `file` says which file. */
  readonly span?: Span;
  /** Set when there is no span, so every diagnostic names its file. */
  readonly file?: string;
  /** Printed under the caret: did you mean "maria"? */
  readonly hint?: string;
  readonly related?: readonly RelatedInformation[];
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');

/** The file a diagnostic belongs to, whether or not it has a span. */
export const diagnosticFile = (d: Diagnostic): string | undefined => d.span?.file ?? d.file;

/** The same problem at the same place says the same: one key for reporting it once per run. */
export const diagnosticKey = (d: Diagnostic): string =>
  JSON.stringify([d.code, d.severity, diagnosticFile(d), d.span?.start.offset, d.span?.end.offset, d.message, d.hint]);
