// A KPI series from a data file's text: CSV (RFC 4180 with a header row, parsed by csv-parse) or
// JSON (an array of objects, read by the yaml front end so every cell has a line and column).
// The `date` column (YYYY-MM-DD or YYYY-MM) and the value column; empty cells are skipped; a bad
// cell, a missing column, a bad or duplicate date is a diagnostic at the file's own place. Pure.
import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostic, Point, Span } from '../diagnostics/diagnostic.js';
import { parseSource } from '../source/parse-source.js';
import type { SourceFile } from '../source/source-file.js';

const SERIES_DATE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface SeriesPoint {
  readonly date: string;
  readonly value: number;
}

/** A cell as read, with where it sits in the file. */
interface Cell {
  readonly text: string;
  readonly span: Span;
}

interface Row {
  readonly date?: Cell;
  readonly value?: Cell;
}

export interface SeriesResult {
  readonly points: SeriesPoint[];
  readonly diagnostics: Diagnostic[];
}

const point = (line: number, column: number, offset: number): Point => ({ line, column, offset });

function problem(span: Span, message: string, hint: string): Diagnostic {
  return { code: 'data-invalid', severity: 'error', message, span, hint };
}

/** Where each field of a raw CSV record starts (character index into `raw`), quote-aware. */
function fieldStarts(raw: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) starts.push(i + 1);
  }
  return starts;
}

function csvRows(source: SourceFile, column: string, at: Span): { rows: Row[]; diagnostics: Diagnostic[] } {
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(source.text, {
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = error instanceof CsvError ? Number((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    const reason = error instanceof Error ? error.message.replace(/^Invalid \w+: /, '') : String(error);
    const span = { file: source.path, start: point(line, 1, 0), end: point(line, 1, 0) };
    return { rows: [], diagnostics: [problem(span, `the CSV does not parse: ${reason}`, 'quote cells that hold commas or quotes: "1,5"')] };
  }
  const header = records[0];
  if (!header) return { rows: [], diagnostics: [problem(at, `"${source.path}" has no header row`, 'start with a header row: date,value')] };
  const names = header.record.map((h) => h.trim());
  const dateIndex = names.indexOf('date');
  const valueIndex = names.indexOf(column);
  const headerSpan = (): Span => ({
    file: source.path,
    start: point(header.info.lines, 1, 0),
    end: point(header.info.lines, Math.max(2, (header.raw.split('\n')[0] ?? '').length + 1), 0),
  });
  const missing = [dateIndex < 0 ? 'date' : undefined, valueIndex < 0 ? column : undefined].filter((c): c is string => c !== undefined);
  if (missing.length > 0) {
    return {
      rows: [],
      diagnostics: [
        problem(
          headerSpan(),
          `"${source.path}" has no column ${missing.map((m) => `"${m}"`).join(' or ')}`,
          `the header has: ${names.join(', ')}`,
        ),
      ],
    };
  }
  const rows = records.slice(1).map(({ record, raw, info }) => {
    // info.lines is the record's last line; a quoted cell may span lines.
    const firstLine = info.lines - (raw.replace(/\r?\n$/, '').split('\n').length - 1);
    const starts = fieldStarts(raw);
    const cell = (index: number): Cell | undefined => {
      const text = record[index]?.trim() ?? '';
      if (text === '') return undefined;
      const before = raw.slice(0, starts[index] ?? 0);
      const line = firstLine + (before.split('\n').length - 1);
      const column1 = before.length - before.lastIndexOf('\n');
      const width = (raw.slice(starts[index] ?? 0).split(/[,\r\n]/)[0] ?? text).length;
      return { text, span: { file: source.path, start: point(line, column1, 0), end: point(line, column1 + Math.max(1, width), 0) } };
    };
    const date = cell(dateIndex);
    const value = cell(valueIndex);
    return { ...(date ? { date } : {}), ...(value ? { value } : {}) };
  });
  return { rows, diagnostics: [] };
}

function jsonRows(source: SourceFile, column: string, _at: Span): { rows: Row[]; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseSource(source, { sequence: true });
  if (!parsed || diagnostics.some((d) => d.severity === 'error')) return { rows: [], diagnostics };
  const data: unknown = parsed.value;
  if (!Array.isArray(data)) {
    return {
      rows: [],
      diagnostics: [
        problem(parsed.locate([]), `"${source.path}" is not an array of rows`, 'write [{ "date": "2024-01", "value": 42 }, …]'),
      ],
    };
  }
  const rows: Row[] = [];
  const out: Diagnostic[] = [];
  data.forEach((entry: unknown, index: number) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      out.push(problem(parsed.locate([index]), `row ${index + 1} is not an object`, 'each row is { "date": "2024-01", "value": 42 }'));
      return;
    }
    const record = entry as Record<string, unknown>;
    const cell = (key: string): Cell | undefined => {
      const v = record[key];
      if (v === undefined || v === null || v === '') return undefined;
      return { text: String(v), span: parsed.locate([index, key]) };
    };
    const date = cell('date');
    const value = cell(column);
    rows.push({ ...(date ? { date } : {}), ...(value ? { value } : {}) });
  });
  return { rows, diagnostics: out };
}

/** `at` is where the KPI names the file (for problems of the file as a whole). */
export function readSeries(source: SourceFile, column: string, at: Span): SeriesResult {
  const read = source.path.toLowerCase().endsWith('.json') ? jsonRows(source, column, at) : csvRows(source, column, at);
  const diagnostics = [...read.diagnostics];
  const seen = new Map<string, Span>();
  const points: SeriesPoint[] = [];
  for (const row of read.rows) {
    if (!row.value) continue; // an empty cell: no measurement that period
    if (!row.date) {
      diagnostics.push(
        problem(row.value.span, `the value ${row.value.text} has no date`, 'fill in the date column: YYYY-MM-DD or YYYY-MM'),
      );
      continue;
    }
    if (!SERIES_DATE.test(row.date.text)) {
      diagnostics.push(problem(row.date.span, `"${row.date.text}" is not a date`, 'write YYYY-MM-DD or YYYY-MM, e.g. 2024-03'));
      continue;
    }
    const first = seen.get(row.date.text);
    if (first) {
      diagnostics.push({
        ...problem(row.date.span, `the date ${row.date.text} appears twice`, 'keep one row per date'),
        related: [{ message: 'first here', span: first }],
      });
      continue;
    }
    seen.set(row.date.text, row.date.span);
    const text = row.value.text.replace(/^\s+|\s+$/g, '');
    if (!NUMBER.test(text)) {
      diagnostics.push(
        problem(row.value.span, `"${row.value.text}" is not a number`, 'write a plain number with a "." for decimals, e.g. 92.5'),
      );
      continue;
    }
    points.push({ date: row.date.text, value: Number(text) });
  }
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (points.length === 0 && diagnostics.length === 0) {
    diagnostics.push(problem(at, `"${source.path}" has no values in column "${column}"`, 'add rows: date,value'));
  }
  return { points, diagnostics };
}
