import { describe, expect, it } from 'vitest';
import { landscape, MAX_PAGE_PT, MIN_PRINT_TEXT_PT, PX_TO_PT, planMap, SHEET_MARGIN_PT, sheetScale, TILE_OVERLAP_PT } from './map-plan.js';
import { printTextWarning } from './print-text-warning.js';

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

  it('fits a wide map on one sheet without --tile, however small its text gets', () => {
    const plan = planMap({ width: 6000, height: 1800, minFontPx: 9.5, page: 'a4' });
    expect(plan.kind).toBe('sheet');
    if (plan.kind !== 'sheet') return;
    expect(plan.pageSize).toEqual(landscape('a4'));
    expect(plan.ptPerPx).toBeCloseTo(sheetScale('a4', 6000, 1800));
    expect(6000 * plan.ptPerPx).toBeCloseTo(landscape('a4')[0] - 2 * SHEET_MARGIN_PT);
    expect(9.5 * plan.ptPerPx).toBeLessThan(MIN_PRINT_TEXT_PT);
  });

  it('--tile: tiles at the scale that keeps the smallest text at 6pt, covering the whole map', () => {
    const plan = planMap({ width: 6000, height: 1800, minFontPx: 9.5, page: 'a4', tile: true });
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
    const input = { width: 3000, height: 1500, minFontPx: 9.5, page: 'letter', tile: true } as const;
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
    const plan = planMap({ width: 5000, height: 500, minFontPx: 6, page: 'letter', tile: true });
    expect(plan.kind).toBe('tiles');
    expect(plan.ptPerPx * 6).toBeCloseTo(MIN_PRINT_TEXT_PT);
  });
});

describe('printTextWarning', () => {
  it('names A3 when A4 would print body text under 5pt, with both sizes', () => {
    // 11 px body text on a 6000 px map: A4 gives 781.89/6000 pt per px, A3 1130.55/6000.
    const warning = printTextWarning({ paper: 'a4', width: 6000, height: 1800, bodyPx: 11, file: 'maps/wide.journey.yaml' });
    expect(warning).toEqual({
      code: 'print-text-small',
      severity: 'warning',
      message: "fitted on one A4 sheet the map's body text prints at 1.4 pt, under 5 pt",
      file: 'maps/wide.journey.yaml',
      hint: '--page a3 prints it at 2.0 pt (still small); --page a3 --tile makes a poster at full legibility',
    });
  });

  it('says A3 is enough when it is, and nothing when the text stays at 5pt or more', () => {
    // 11 px at 781.89/1500 = 5.73pt on A4: fine; 2200 px: 3.9pt on A4, 5.65pt on A3.
    expect(printTextWarning({ paper: 'a4', width: 1500, height: 600, bodyPx: 11, file: 'f' })).toBeUndefined();
    expect(printTextWarning({ paper: 'letter', width: 2200, height: 600, bodyPx: 11, file: 'f' })?.hint).toBe(
      '--page a3 prints it at 5.6 pt; --page a3 --tile makes a poster at full legibility',
    );
    expect(printTextWarning({ paper: 'a3', width: 6000, height: 600, bodyPx: 11, file: 'f' })?.hint).toBe(
      '--page a3 --tile makes a poster at full legibility',
    );
  });
});
