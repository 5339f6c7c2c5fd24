import { describe, expect, it } from 'vitest';
import { MAX_PAGE_PT, MIN_PRINT_TEXT_PT, PX_TO_PT, SHEET_MARGIN_PT, TILE_OVERLAP_PT, landscape, planMap } from './map-plan.js';

describe('planMap', () => {
  it("'fit' sizes the page to the Scene at 0.75pt per px", () => {
    expect(planMap({ width: 2000, height: 1000, minFontPx: 9, page: 'fit' })).toEqual({
      kind: 'fit',
      pageSize: [1500, 750],
      ptPerPx: PX_TO_PT,
    });
  });

  it("'fit' keeps a huge map within the 200-inch page limit", () => {
    const plan = planMap({ width: 40_000, height: 1000, minFontPx: 9, page: 'fit' });
    expect(plan.pageSize[0]).toBeCloseTo(MAX_PAGE_PT);
    expect(plan.pageSize[1]).toBeCloseTo(1000 * plan.ptPerPx);
  });

  it('scales a map onto one landscape sheet, centred, when text stays at least 6pt', () => {
    const plan = planMap({ width: 1400, height: 700, minFontPx: 11, page: 'a3' });
    expect(plan.kind).toBe('sheet');
    if (plan.kind !== 'sheet') return;
    const [w, h] = landscape('a3');
    expect(plan.pageSize).toEqual([w, h]);
    expect(1400 * plan.ptPerPx).toBeLessThanOrEqual(w - 2 * SHEET_MARGIN_PT + 1e-9);
    expect(700 * plan.ptPerPx).toBeLessThanOrEqual(h - 2 * SHEET_MARGIN_PT + 1e-9);
    expect(11 * plan.ptPerPx).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT);
    expect(plan.origin[0] * 2 + 1400 * plan.ptPerPx).toBeCloseTo(w);
  });

  it('tiles when fitting would shrink the smallest text below 6pt, covering the whole map', () => {
    const plan = planMap({ width: 6000, height: 1800, minFontPx: 9.5, page: 'a4' });
    expect(plan.kind).toBe('tiles');
    if (plan.kind !== 'tiles') return;
    expect(9.5 * plan.ptPerPx).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT);
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    const last = plan.tiles.at(-1)!;
    expect(last.window.x + last.window.width).toBeGreaterThanOrEqual(6000);
    expect(last.window.y + last.window.height).toBeGreaterThanOrEqual(1800);
    // Neighbours overlap by exactly the overlap band.
    const [a, b] = plan.tiles;
    expect((a!.window.x + a!.window.width - b!.window.x) * plan.ptPerPx).toBeCloseTo(TILE_OVERLAP_PT);
    // No spare column: without the last one the map would not be covered.
    const lastColumnStart = plan.tiles.find((t) => t.column === plan.columns)!.window.x;
    expect(lastColumnStart).toBeLessThan(6000);
  });

  it('tiles on as few sheets as 6pt text allows, as large as that many sheets allow', () => {
    const input = { width: 3000, height: 1500, minFontPx: 9.5, page: 'letter' } as const;
    const plan = planMap(input);
    if (plan.kind !== 'tiles') throw new Error('expected tiles');
    expect(plan.ptPerPx).toBeLessThanOrEqual(PX_TO_PT);
    const at6pt = planMap({ ...input, minFontPx: undefined });
    expect(at6pt.kind).toBe('sheet'); // sanity: without text the map just fits
    const [w, h] = landscape('letter').map((d) => d - 2 * SHEET_MARGIN_PT) as [number, number];
    const count = (len: number, room: number): number => (len <= room ? 1 : Math.ceil((len - room) / (room - TILE_OVERLAP_PT)) + 1);
    const scale6 = MIN_PRINT_TEXT_PT / 9.5;
    expect(plan.tiles.length).toBe(count(3000 * scale6, w) * count(1500 * scale6, h));
    // A little larger would need more sheets.
    const bigger = plan.ptPerPx * 1.01;
    expect(count(3000 * bigger, w) * count(1500 * bigger, h)).toBeGreaterThan(plan.tiles.length);
  });

  it('tiles at a larger scale when even true size would print text below 6pt', () => {
    const plan = planMap({ width: 5000, height: 500, minFontPx: 6, page: 'letter' });
    expect(plan.kind).toBe('tiles');
    expect(plan.ptPerPx * 6).toBeCloseTo(MIN_PRINT_TEXT_PT);
  });
});
