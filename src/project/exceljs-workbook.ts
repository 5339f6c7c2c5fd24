// exceljs's Workbook class, required alone: the package's entry also loads its streaming reader and
// writer and their dependencies (about 100 ms more of every xlsx build or import), which journeymap
// never uses. Loaded when a spreadsheet is written or read, never before.
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';

export const loadWorkbookClass = (): typeof ExcelJS.Workbook =>
  createRequire(import.meta.url)('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
