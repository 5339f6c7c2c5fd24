// A native PowerPoint table split over as many slides as it needs: row heights are estimated
// from the text (measure.ts) and a new slide, with the header row repeated, starts before a row
// would pass the content area. Each slide is made by the caller's `newSlide` (header band).

import { lineCount, linesHeightIn } from './measure.js';
import type { Slide, TableRow } from './pptxgen.js';
import { type ChromeContext, CONTENT, hex, place, pt } from './slide-chrome.js';

export interface TableColumn {
  readonly title: string;
  /** Share of the content width. */
  readonly share: number;
  readonly align?: 'left' | 'right' | 'center';
}

export interface TableCellSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: string;
  readonly fill?: string;
}

export interface TableSpec {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCellSpec[])[];
  /** Space above the table on the first slide, for a summary line (inches). */
  readonly firstTop?: number;
}

const FONT = 10;
const PAD = 0.06;

function rowHeight(spec: TableSpec, row: readonly TableCellSpec[]): number {
  const lines = row.map((cell, i) =>
    lineCount(cell.text, cell.bold ? 'semibold' : 'regular', FONT, spec.columns[i]!.share * CONTENT.width - 2 * PAD - 0.04),
  );
  return linesHeightIn(Math.max(1, ...lines), FONT) + 2 * PAD + 0.02;
}

/** Adds the table's slides; returns them. */
export function addTableSlides(c: ChromeContext, spec: TableSpec, newSlide: () => Slide): Slide[] {
  const { theme, frame } = c;
  const headerRow: TableRow = spec.columns.map((col) => ({
    text: col.title.toUpperCase(),
    options: {
      bold: true,
      fontSize: pt(frame, 9),
      color: hex(theme.colors.laneTitleText),
      fill: { color: hex(theme.colors.laneTitleBackground) },
      align: col.align ?? 'left',
    },
  }));
  const headerH = linesHeightIn(1, 9) + 2 * PAD + 0.04;
  const pages: (readonly TableCellSpec[])[][] = [[]];
  let room = CONTENT.height - (spec.firstTop ?? 0) - headerH;
  for (const row of spec.rows) {
    const h = rowHeight(spec, row);
    const page = pages[pages.length - 1]!;
    if (h > room && page.length > 0) {
      pages.push([row]);
      room = CONTENT.height - headerH - h;
    } else {
      page.push(row);
      room -= h;
    }
  }
  return pages.map((rows, index) => {
    const slide = newSlide();
    const top = CONTENT.y + (index === 0 ? (spec.firstTop ?? 0) : 0);
    const body: TableRow[] = rows.map((row, r) =>
      row.map((cell, i) => ({
        text: cell.text,
        options: {
          bold: cell.bold ?? false,
          color: hex(cell.color ?? theme.colors.text),
          align: spec.columns[i]!.align ?? 'left',
          fill: { color: hex(cell.fill ?? (r % 2 === 1 ? theme.colors.cardBackground : theme.colors.background), 'FFFFFF') },
        },
      })),
    );
    const at = place(frame, { x: CONTENT.x, y: top, w: CONTENT.width, h: 0 });
    slide.addTable([headerRow, ...body], {
      x: at.x,
      y: at.y,
      w: at.w,
      colW: spec.columns.map((col) => place(frame, { x: 0, y: 0, w: col.share * CONTENT.width, h: 0 }).w),
      rowH: [headerH, ...rows.map((row) => rowHeight(spec, row))].map((h) => place(frame, { x: 0, y: 0, w: 0, h }).h),
      fontFace: 'Inter',
      fontSize: pt(frame, FONT),
      valign: 'top',
      // Cell margins below 1 are inches to pptxgenjs.
      margin: Math.round(PAD * frame.scale * 1e4) / 1e4,
      border: { type: 'solid', pt: pt(frame, 0.5), color: hex(theme.colors.grid, 'DDDDDD') },
      autoPage: false,
    });
    return slide;
  });
}
