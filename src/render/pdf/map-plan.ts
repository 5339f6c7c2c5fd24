// Decides how the map goes onto paper: one page sized to the Scene ('fit'), one landscape sheet
// scaled to fit (--page), or with --tile a poster of tiles at a scale that keeps the smallest
// text at 6 pt. Pure numbers (points and scene px); draws nothing.
import type { Box } from '../../scene/scene-bounds.js';

export const PX_TO_PT = 0.75;
/** The smallest text size tiles print (--tile chooses its scale by it). */
export const MIN_PRINT_TEXT_PT = 6;
/** Body text on a fitted sheet below this size is warned about (print-text-small). */
export const MIN_BODY_TEXT_PT = 5;
/** Margin of a paper sheet, room for crop marks and the tile label. */
export const SHEET_MARGIN_PT = 30;
/** How much neighbouring tiles repeat, so they can be trimmed and taped together. */
export const TILE_OVERLAP_PT = 18;
/** The largest page side PDF viewers accept (200 inches). */
export const MAX_PAGE_PT = 14_400;
/** A small map is not blown up beyond this on paper. */
const MAX_PAPER_ZOOM = 2;

export type PaperName = 'a4' | 'a3' | 'letter';

/** Portrait sizes in points. */
export const PAPER_PT: Readonly<Record<PaperName, readonly [number, number]>> = {
  a4: [595.28, 841.89],
  a3: [841.89, 1190.55],
  letter: [612, 792],
};

export const landscape = (paper: PaperName): [number, number] => {
  const [w, h] = PAPER_PT[paper];
  return [Math.max(w, h), Math.min(w, h)];
};

export interface Tile {
  readonly row: number;
  readonly column: number;
  /** The part of the Scene (px) this tile shows. */
  readonly window: Box;
}

export type MapPlan =
  | { readonly kind: 'fit'; readonly pageSize: [number, number]; readonly ptPerPx: number }
  | {
      readonly kind: 'sheet';
      readonly pageSize: [number, number];
      readonly ptPerPx: number;
      /** Top-left of the map on the sheet, in points. */
      readonly origin: readonly [number, number];
    }
  | {
      readonly kind: 'tiles';
      readonly pageSize: [number, number];
      readonly ptPerPx: number;
      readonly rows: number;
      readonly columns: number;
      /** Row by row, left to right. */
      readonly tiles: readonly Tile[];
    };

export function isPaperName(value: unknown): value is PaperName {
  return value === 'a4' || value === 'a3' || value === 'letter';
}

function tileCount(mapPt: number, contentPt: number): number {
  if (mapPt <= contentPt + 0.01) return 1;
  return Math.ceil((mapPt - contentPt) / (contentPt - TILE_OVERLAP_PT)) + 1;
}

/**
 * Tiles use as few sheets as keep the smallest text at 6pt, and then the largest scale (up to
 * true size, 1px = 0.75pt) that needs no more sheets than that.
 */
function tileScale(width: number, height: number, content: readonly [number, number], minFontPx: number): number {
  const legible = MIN_PRINT_TEXT_PT / minFontPx;
  if (legible >= PX_TO_PT) return legible;
  const sheets = (scale: number): number => tileCount(width * scale, content[0]) * tileCount(height * scale, content[1]);
  const fewest = sheets(legible);
  if (sheets(PX_TO_PT) === fewest) return PX_TO_PT;
  let lo = legible;
  let hi = PX_TO_PT;
  for (let i = 0; i < 40 && hi - lo > 1e-6; i++) {
    const mid = (lo + hi) / 2;
    if (sheets(mid) === fewest) lo = mid;
    else hi = mid;
  }
  return lo;
}

export interface MapPlanInput {
  readonly width: number;
  readonly height: number;
  /** Smallest font size (px) in the Scene; undefined when it has no text. */
  readonly minFontPx: number | undefined;
  readonly page: PaperName | 'fit';
  /** --tile: cut the map into a poster of pages instead of fitting it on one. */
  readonly tile?: boolean;
}

/** The scale (pt per px) that fits a map on one landscape sheet of `paper`, inside the margins. */
export function sheetScale(paper: PaperName, width: number, height: number): number {
  const pageSize = landscape(paper);
  return Math.min(
    (pageSize[0] - 2 * SHEET_MARGIN_PT) / Math.max(1, width),
    (pageSize[1] - 2 * SHEET_MARGIN_PT) / Math.max(1, height),
    PX_TO_PT * MAX_PAPER_ZOOM,
  );
}

export function planMap(input: MapPlanInput): MapPlan {
  const width = Math.max(1, input.width);
  const height = Math.max(1, input.height);
  if (input.page === 'fit') {
    // Acrobat refuses pages over 200 inches; a map that large is scaled down to that limit.
    const ptPerPx = Math.min(PX_TO_PT, MAX_PAGE_PT / width, MAX_PAGE_PT / height);
    return { kind: 'fit', pageSize: [width * ptPerPx, height * ptPerPx], ptPerPx };
  }
  const pageSize = landscape(input.page);
  const content: [number, number] = [pageSize[0] - 2 * SHEET_MARGIN_PT, pageSize[1] - 2 * SHEET_MARGIN_PT];
  const fitScale = sheetScale(input.page, width, height);
  const minFont = input.minFontPx ?? 0;
  if (!input.tile || minFont === 0) {
    const origin = [(pageSize[0] - width * fitScale) / 2, (pageSize[1] - height * fitScale) / 2] as const;
    return { kind: 'sheet', pageSize, ptPerPx: fitScale, origin };
  }
  const ptPerPx = tileScale(width, height, content, minFont);
  const columns = tileCount(width * ptPerPx, content[0]);
  const rows = tileCount(height * ptPerPx, content[1]);
  const stepX = (content[0] - TILE_OVERLAP_PT) / ptPerPx;
  const stepY = (content[1] - TILE_OVERLAP_PT) / ptPerPx;
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        row: row + 1,
        column: column + 1,
        window: { x: column * stepX, y: row * stepY, width: content[0] / ptPerPx, height: content[1] / ptPerPx },
      });
    }
  }
  return { kind: 'tiles', pageSize, ptPerPx, rows, columns, tiles };
}
