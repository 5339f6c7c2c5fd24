// The xlsx renderer (exceljs): touchpoints, KPIs (met/missed), actions, and the sheets import
// reads back; header rows frozen, filters on, columns sized; dates and zip timestamps pinned to
// context.epoch for byte-identical builds.
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import type { Scene } from '../../scene/scene.js';
import { parseColor } from '../pdf/pdf-color.js';
import { buildDate, pinCoreDates, pinZip } from '../pptx/pinned-zip.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { type SheetTable, sheetTables } from './sheet-rows.js';

const argb = (color: string, fallback: string): string => `FF${(parseColor(color)?.hex.slice(1) ?? fallback).toUpperCase()}`;

/**
 * Width in characters: the longest line in the column, between 10 and 60 (wide text columns at
 * least 30). Never 9: exceljs leaves a column of the default width 9 out of <cols>, unset.
 */
function columnWidth(table: SheetTable, index: number): number {
  const lengths = [table.columns[index] ?? '', ...table.rows.map((r) => String(r[index] ?? ''))].flatMap((text) =>
    text.split('\n').map((l) => [...l].length),
  );
  const min = table.wide?.includes(index) ? 30 : 10;
  return Math.min(60, Math.max(min, Math.max(...lengths) + 2));
}

function addSheet(workbook: ExcelJS.Workbook, table: SheetTable, header: { fill: string; text: string }): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = table.columns.map((title, i) => ({ header: title, width: columnWidth(table, i) }));
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: header.text } };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: header.fill } };
  for (const i of table.wide ?? []) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length } };
}

export async function renderXlsx(_scene: Scene, context: RenderContext): Promise<Uint8Array> {
  const { journey, theme } = context;
  // exceljs's Workbook alone: the package entry also loads its streaming reader and writer (~100 ms).
  const Workbook = createRequire(import.meta.url)('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
  const workbook = new Workbook();
  const date = buildDate(context.epoch);
  workbook.creator = theme.brand ?? 'journeymap';
  workbook.lastModifiedBy = theme.brand ?? 'journeymap';
  workbook.created = date;
  workbook.modified = date;
  workbook.title = journey.title;
  const header = { fill: argb(theme.colors.headerBackground, '1F2A44'), text: argb(theme.colors.headerText, 'FFFFFF') };
  for (const table of sheetTables(journey, context.view.words)) addSheet(workbook, table, header);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return pinZip(bytes, date, (name, text) => (name === 'docProps/core.xml' ? pinCoreDates(text, date) : text));
}

export const xlsxRenderer: Renderer = {
  format: 'xlsx',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  render: renderXlsx,
};
