// A workshop spreadsheet as plain rows, whatever file it came from (xlsx or CSV), and how a
// diagnostic points into it: the span's line is the row, its column the column number, and the
// message names the cell the way spreadsheets do (Touchpoints!C7). Types and helpers only.
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';

export type SheetCell = string | number | boolean | undefined;

export interface SheetRow {
  /** 1-based row number in the sheet (for a CSV file: the line the record starts on). */
  readonly row: number;
  readonly cells: readonly SheetCell[];
}

export interface Sheet {
  /** The sheet's name; '' for a CSV file, which has one unnamed sheet. */
  readonly name: string;
  /** Rows in order, the header first; blank rows left out. */
  readonly rows: readonly SheetRow[];
}

/** Column number (1-based) → letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Touchpoints!C7", or "C7" for a CSV file's one sheet. */
export const cellRef = (sheet: string, row: number, column: number): string =>
  `${sheet === '' ? '' : `${/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`}!`}${columnLetters(column)}${row}`;

export function cellSpan(file: string, row: number, column: number): Span {
  return { file, start: { line: row, column, offset: 0 }, end: { line: row, column: column + 1, offset: 0 } };
}

export interface CellPlace {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** A diagnostic about one cell: the span points at it and the message starts with its reference. */
export function cellDiagnostic(code: Code, severity: Diagnostic['severity'], at: CellPlace, message: string, hint?: string): Diagnostic {
  return {
    code,
    severity,
    message: `${cellRef(at.sheet, at.row, at.column)}: ${message}`,
    span: cellSpan(at.file, at.row, at.column),
    ...(hint !== undefined ? { hint } : {}),
  };
}

/** A cell's text, trimmed; undefined when empty. Numbers print as JavaScript does (no exponent for sheet-sized values). */
export function cellText(cell: SheetCell): string | undefined {
  if (cell === undefined) return undefined;
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  return text === '' ? undefined : text;
}
