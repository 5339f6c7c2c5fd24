// A workshop CSV file (RFC 4180, a header row; comma, semicolon or tab as the header shows) → one
// unnamed Sheet, each record keeping the line it starts on. Parsed with csv-parse; pure.
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { cellSpan, type Sheet, type SheetRow } from './sheet-table.js';

interface Record_ {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** Lines a record takes: its quoted line breaks plus one. */
const linesOf = (record: readonly string[]): number => record.reduce((n, field) => n + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/**
 * The delimiter the header row uses: a comma, or the semicolon (Excel's CSV in locales with a
 * decimal comma) or tab, whichever separates most headers outside quotes.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = (text.split(/\r\n|\r|\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  const best = ([';', '\t'] as const).find((c) => count(c) > count(','));
  return best ?? ',';
}

export function readWorkshopCsv(text: string, file: string): { sheet?: Sheet; diagnostics: Diagnostic[] } {
  let records: Record_[];
  try {
    const body = text.replace(/^\uFEFF/, '');
    records = parse(body, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      delimiter: detectDelimiter(body),
    }) as unknown as Record_[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const line = typeof e.lines === 'number' && e.lines > 0 ? e.lines : 1;
    return {
      diagnostics: [
        {
          code: 'sheet-unreadable',
          severity: 'error',
          message: `the CSV does not parse: ${(e.message ?? 'syntax error').replace(/^Invalid Record Length: |^Quote Not Closed: /, '')}`,
          span: cellSpan(file, line, 1),
          hint: 'a field with commas, quotes or line breaks must be in double quotes, with quotes doubled ("")',
        },
      ],
    };
  }
  // info.lines is the line where a record ends: it starts that many lines up, less its own breaks.
  const rows: SheetRow[] = records
    .map(({ record, info }) => ({ row: info.lines - linesOf(record), cells: record.map((c) => (c.trim() === '' ? undefined : c)) }))
    .filter((r) => r.cells.some((c) => c !== undefined));
  return { sheet: { name: '', rows }, diagnostics: [] };
}
