// A workshop xlsx workbook → Sheets of plain cell values (text, numbers, yes/no; rich text,
// hyperlinks and formula results reduced to their value). Read with exceljs from bytes; pure.
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Sheet, SheetCell, SheetRow } from './sheet-table.js';

function plain(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // A date cell as the language writes dates (updated: 2026-11-01).
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plain(value.text as ExcelJS.CellValue);
  return undefined; // errors (#N/A) and anything else read as empty
}

function sheetOf(worksheet: ExcelJS.Worksheet): Sheet {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const value = plain(row.getCell(c).value);
      cells.push(typeof value === 'string' && value.trim() === '' ? undefined : value);
    }
    if (cells.some((c) => c !== undefined)) rows.push({ row: rowNumber, cells });
  });
  return { name: worksheet.name, rows };
}

export async function readWorkshopXlsx(bytes: Uint8Array, file: string): Promise<{ sheets?: Sheet[]; diagnostics: Diagnostic[] }> {
  // exceljs's Workbook alone: the package entry also loads its streaming reader and writer (~100 ms).
  const Workbook = createRequire(import.meta.url)('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return {
      diagnostics: [
        {
          code: 'sheet-unreadable',
          severity: 'error',
          message: 'the file is not an xlsx workbook (or it is damaged)',
          file,
          hint: 'save the spreadsheet as Excel Workbook (.xlsx), or export the touchpoints sheet as CSV',
        },
      ],
    };
  }
  return { sheets: workbook.worksheets.map(sheetOf), diagnostics: [] };
}
