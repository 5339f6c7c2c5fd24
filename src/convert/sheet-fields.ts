// Typed values from workshop cells: headers matched to the language's fields regardless of case
// and spaces (plus workshop words: "touchpoint" for name), cells read as text, lists, numbers,
// choices and yes/no; each problem a diagnostic at its cell. One SheetReader per sheet.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { cellDiagnostic, cellText, type SheetCell, type SheetRow } from './sheet-table.js';

/** Lower case without spaces: "Emotion: Maria" → "emotion:maria". */
export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/\s+/g, '');

export type Column =
  | { readonly kind: 'field'; readonly field: string; readonly index: number }
  | { readonly kind: 'emotion'; readonly persona: string; readonly index: number }
  | { readonly kind: 'custom'; readonly lane: string; readonly index: number };

export interface SheetSpec {
  /** Field names as the language spells them. */
  readonly fields: readonly string[];
  /** Other spellings → field. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Columns our own export writes that import ignores (computed values). */
  readonly ignored?: readonly string[];
  /** Whether `emotion: <persona>` and `fields: <lane>` columns are allowed (the touchpoints sheet). */
  readonly prefixed?: boolean;
}

export class SheetReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {}

  private at(row: number, column: number) {
    return { file: this.file, sheet: this.sheet, row, column };
  }

  invalid(row: number, column: number, message: string, hint: string): void {
    this.diagnostics.push(cellDiagnostic('sheet-invalid-cell', 'error', this.at(row, column), message, hint));
  }

  /** The header row's columns by what they hold; unknown headers are warnings and left out. */
  columns(header: SheetRow, spec: SheetSpec): Column[] {
    const columns: Column[] = [];
    const known = [...spec.fields, ...Object.keys(spec.aliases ?? {})];
    header.cells.forEach((cell, index) => {
      const raw = cellText(cell);
      if (raw === undefined) return;
      const key = normalizeHeader(raw);
      const field = spec.fields.find((f) => normalizeHeader(f) === key) ?? spec.aliases?.[key];
      if (field !== undefined) return void columns.push({ kind: 'field', field, index });
      if (spec.ignored?.some((i) => normalizeHeader(i) === key)) return;
      const prefixed = /^(emotion|fields?):(.+)$/.exec(key);
      if (spec.prefixed && prefixed) {
        const rest = raw.slice(raw.indexOf(':') + 1).trim();
        return void columns.push(
          prefixed[1] === 'emotion' ? { kind: 'emotion', persona: rest, index } : { kind: 'custom', lane: rest, index },
        );
      }
      const suggestion = didYouMean(key, known);
      this.diagnostics.push(
        cellDiagnostic(
          'sheet-unknown-column',
          'warning',
          this.at(header.row, index + 1),
          `column "${raw}" is not a field of the journey language; it is left out`,
          suggestion !== undefined ? `did you mean "${suggestion}"?` : `fields: ${spec.fields.join(', ')}`,
        ),
      );
    });
    return columns;
  }

  text(row: SheetRow, column: Column | undefined): string | undefined {
    return column ? cellText(row.cells[column.index]) : undefined;
  }

  /** One item per line (lists written in one cell); leading bullets dropped. */
  lines(row: SheetRow, column: Column | undefined): string[] {
    const text = this.text(row, column);
    if (text === undefined) return [];
    return text
      .split(/\r\n|\r|\n/)
      .map((l) => l.replace(/^\s*[-*•]\s+/, '').trim())
      .filter((l) => l !== '');
  }

  /** Items separated by commas, semicolons or line breaks (tags, systems, persona ids). */
  items(row: SheetRow, column: Column | undefined): string[] {
    const text = this.text(row, column);
    if (text === undefined) return [];
    return text
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  number(row: SheetRow, column: Column | undefined, range?: readonly [number, number]): number | undefined {
    if (!column) return undefined;
    const cell: SheetCell = row.cells[column.index];
    const text = cellText(cell);
    if (text === undefined) return undefined;
    // A decimal comma (0,5) reads as a decimal point: sheets from locales that write numbers so.
    const plain = /^[+\-\u2212]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
    const n = typeof cell === 'number' ? cell : Number(plain.replace(/^\+/, '').replace(/\u2212/, '-'));
    if (!Number.isFinite(n)) {
      this.invalid(
        row.row,
        column.index + 1,
        `"${text}" is not a number`,
        range ? `write a number from ${range[0]} to ${range[1]}, like 1 or -0.5` : 'write a number, like 42 or 1.5',
      );
      return undefined;
    }
    if (range && (n < range[0] || n > range[1])) {
      this.invalid(
        row.row,
        column.index + 1,
        `${n} is outside ${range[0]}..${range[1]}`,
        `an emotion lies in [${range[0]}, ${range[1]}]: -2 very negative, 0 neutral, 2 very positive`,
      );
      return undefined;
    }
    return n;
  }

  choice<T extends string>(row: SheetRow, column: Column | undefined, choices: readonly T[]): T | undefined {
    const text = this.text(row, column);
    if (text === undefined || !column) return undefined;
    const found = choices.find((c) => c === text.toLowerCase());
    if (found === undefined) {
      const suggestion = didYouMean(text.toLowerCase(), choices);
      this.invalid(
        row.row,
        column.index + 1,
        `"${text}" is not one of ${choices.join(', ')}`,
        suggestion !== undefined ? `did you mean "${suggestion}"?` : `write one of ${choices.join(', ')}`,
      );
    }
    return found;
  }

  yesNo(row: SheetRow, column: Column | undefined): boolean | undefined {
    if (!column) return undefined;
    const cell = row.cells[column.index];
    if (typeof cell === 'boolean') return cell;
    const text = cellText(cell)?.toLowerCase();
    if (text === undefined) return undefined;
    if (['yes', 'y', 'true', 'x', '1', '✓'].includes(text)) return true;
    if (['no', 'n', 'false', '0', '-'].includes(text)) return false;
    this.invalid(row.row, column.index + 1, `"${text}" is not yes or no`, 'write yes or no (or leave the cell empty for no)');
    return undefined;
  }
}

export const fieldColumn = (columns: readonly Column[], field: string): Column | undefined =>
  columns.find((c) => c.kind === 'field' && c.field === field);
