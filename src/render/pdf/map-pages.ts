// Paints the map (the Scene) as the first page(s): one fitted page, one scaled sheet, or tiles
// with crop and overlap marks and a "sheet B1" label (column letter, row number). Geometry comes
// from map-plan.ts; the Scene itself is painted by paint-scene.ts. Adds the map's outline entries.

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Scene } from '../../scene/scene.js';
import type { Box } from '../../scene/scene-bounds.js';
import { say } from '../../words/say.js';
import type { AssetStore } from '../renderer.js';
import { type MapPlan, SHEET_MARGIN_PT, TILE_OVERLAP_PT, type Tile } from './map-plan.js';
import { type Chrome, drawFooter, font } from './page-chrome.js';
import { paintNodes } from './paint-scene.js';
import { parseColor } from './pdf-color.js';
import { flowText } from './pdf-paragraph.js';

export interface MapPagesInput {
  readonly chrome: Chrome;
  readonly scene: Scene;
  readonly plan: MapPlan;
  readonly assets: AssetStore;
  report(d: Diagnostic): void;
}

/** Labels keep this far from the content edges, clear of the crop and overlap marks. */
const MARK_CLEARANCE = TILE_OVERLAP_PT + 12;

/** Paints the whole Scene (background first) at ptPerPx, with the map's top-left at (x, y) pt. */
function paintScene(input: MapPagesInput & { images: Map<string, unknown> }, at: readonly [number, number], window?: Box): void {
  const { doc } = input.chrome;
  const { scene, plan } = input;
  doc.save();
  doc.translate(at[0], at[1]).scale(plan.ptPerPx);
  const bg = parseColor(scene.background);
  if (bg) doc.rect(0, 0, scene.width, scene.height).fillColor(bg.hex, bg.alpha).fill();
  paintNodes(scene.nodes, { doc, assets: input.assets, images: input.images, report: input.report, ...(window ? { window } : {}) });
  doc.restore();
}

/** Corner crop marks just outside the printable area, and ticks where the neighbours overlap. */
function drawTileMarks(input: MapPagesInput, tile: Tile, rows: number, columns: number): void {
  const { doc, theme, pageSize } = input.chrome;
  const m = SHEET_MARGIN_PT;
  const [w, h] = pageSize;
  const left = m;
  const right = w - m;
  const top = m;
  const bottom = h - m;
  const gap = 4;
  const len = 14;
  doc.save().lineWidth(0.5).strokeColor('#000000');
  for (const x of [left, right]) {
    for (const y of [top, bottom]) {
      const dx = x === left ? -1 : 1;
      const dy = y === top ? -1 : 1;
      doc
        .moveTo(x + dx * gap, y)
        .lineTo(x + dx * (gap + len), y)
        .stroke();
      doc
        .moveTo(x, y + dy * gap)
        .lineTo(x, y + dy * (gap + len))
        .stroke();
    }
  }
  // Overlap marks: the band between the tick and the edge is repeated on the neighbouring tile.
  doc.strokeColor(theme.colors.accent).dash(2, { space: 2 });
  const vertical = (x: number): void => {
    doc
      .moveTo(x, top - gap - len)
      .lineTo(x, top - gap)
      .stroke();
    doc
      .moveTo(x, bottom + gap)
      .lineTo(x, bottom + gap + len)
      .stroke();
  };
  const horizontal = (y: number): void => {
    doc
      .moveTo(left - gap - len, y)
      .lineTo(left - gap, y)
      .stroke();
    doc
      .moveTo(right + gap, y)
      .lineTo(right + gap + len, y)
      .stroke();
  };
  if (tile.column > 1) vertical(left + TILE_OVERLAP_PT);
  if (tile.column < columns) vertical(right - TILE_OVERLAP_PT);
  if (tile.row > 1) horizontal(top + TILE_OVERLAP_PT);
  if (tile.row < rows) horizontal(bottom - TILE_OVERLAP_PT);
  doc.restore();
}

/** A tile's name as on a poster grid: column letters, row number ("B1" is row 1, column 2). */
export function sheetName(tile: Pick<Tile, 'row' | 'column'>): string {
  let letters = '';
  for (let n = tile.column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${tile.row}`;
}

function drawTileLabel(input: MapPagesInput, tile: Tile, rows: number, columns: number): void {
  const { chrome } = input;
  const text = {
    left: say(chrome.words, 'pdf.sheetOf', { title: chrome.journeyTitle, sheet: sheetName(tile), sheets: rows * columns }),
    right: say(chrome.words, 'pdf.sheetPlace', { row: tile.row, rows, column: tile.column, columns, overlap: TILE_OVERLAP_PT }),
  };
  drawFooter(chrome, text, { margin: SHEET_MARGIN_PT, inset: MARK_CLEARANCE });
  // The label top right too, so a tile is identifiable whichever way up it lies on the table.
  const { doc, theme, pageSize } = chrome;
  flowText(
    font(doc, 'semibold', 7.5, theme.colors.mutedText),
    'semibold',
    say(chrome.words, 'pdf.sheet', { sheet: sheetName(tile) }),
    SHEET_MARGIN_PT + MARK_CLEARANCE,
    SHEET_MARGIN_PT / 2 - 6,
    { width: pageSize[0] - 2 * (SHEET_MARGIN_PT + MARK_CLEARANCE), align: 'right', height: 10 },
  );
}

export function drawMapPages(given: MapPagesInput): void {
  // One set of opened pictures for every page of the map: each is embedded once.
  const input = { ...given, images: new Map<string, unknown>() };
  const { chrome, plan } = input;
  const { doc } = chrome;
  const mapTitle = say(chrome.words, 'section.map');
  if (plan.kind === 'fit') {
    doc.addPage({ size: plan.pageSize, margin: 0 });
    doc.outline.addItem(mapTitle);
    paintScene(input, [0, 0]);
    return;
  }
  if (plan.kind === 'sheet') {
    doc.addPage({ size: plan.pageSize, margin: 0 });
    doc.outline.addItem(mapTitle);
    paintScene(input, plan.origin);
    return;
  }
  let parent: PDFKit.PDFOutline | undefined;
  for (const tile of plan.tiles) {
    doc.addPage({ size: plan.pageSize, margin: 0 });
    parent ??= doc.outline.addItem(mapTitle, { expanded: true });
    parent.addItem(say(chrome.words, 'pdf.mapSheet', { sheet: sheetName(tile) }));
    const m = SHEET_MARGIN_PT;
    const [w, h] = plan.pageSize;
    doc.save();
    doc.rect(m, m, w - 2 * m, h - 2 * m).clip();
    paintScene(input, [m - tile.window.x * plan.ptPerPx, m - tile.window.y * plan.ptPerPx], tile.window);
    doc.restore();
    drawTileMarks(input, tile, plan.rows, plan.columns);
    drawTileLabel(input, tile, plan.rows, plan.columns);
  }
}
