// The xlsx format: deterministic bytes; read back with exceljs (sheets, header rows frozen,
// filters on, column widths, every touchpoint field, the emotion per persona, KPIs met/missed by
// the map's rule), then opened by LibreOffice and every sheet read back as CSV.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import type * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import { kpiMet } from '../../src/model/kpi-met.js';
import { collectKpis, groupByOwner } from '../../src/render/summary-data.js';
import { renderXlsx } from '../../src/render/xlsx/xlsx-renderer.js';
import { wordsFor } from '../../src/words/say.js';
import { sampleJourney as fixtureJourney, sceneFor } from '../pdf/pdf-fixture.js';
import { renderContextOf } from '../support/view.js';
import { convertWithLibreOffice, skipWithoutLibreOffice } from './libreoffice.js';

const journey = fixtureJourney();
const catalogue = wordsFor();
const scene = sceneFor(journey);
const render = (epoch = 0) => renderXlsx(scene, renderContextOf(journey, { epoch }));
const touchpoints = journey.stages.flatMap((s) => s.touchpoints.map((tp) => ({ stage: s, tp })));

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const headers = (sheet: ExcelJS.Worksheet): string[] => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => {
  const values = (sheet.getRow(row).values as unknown[]).slice(1);
  return Array.from({ length: sheet.columnCount }, (_, i) => values[i] ?? null);
};

describe('xlsx renderer', () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await render(1_700_000_000);
    wb = await workbook(bytes);
  });

  it('gives byte-identical files, every zip entry and docProps date pinned to SOURCE_DATE_EPOCH', async () => {
    expect(Buffer.from(await render(1_700_000_000)).equals(Buffer.from(bytes))).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('2023-11-14T22:13:20.000Z');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core.match(/2023-11-14T22:13:20Z/g)).toHaveLength(2);
    expect(Buffer.from(await render(0)).equals(Buffer.from(bytes))).toBe(false);
  });

  it('writes the touchpoints, KPIs and actions sheets first, each with a frozen header row, a filter and set widths', async () => {
    expect(wb.worksheets.map((s) => s.name).slice(0, 3)).toEqual(['Touchpoints', 'KPIs', 'Actions']);
    const zip = await JSZip.loadAsync(bytes);
    for (const [i, sheet] of wb.worksheets.entries()) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      expect(xml, sheet.name).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
      expect(xml, sheet.name).toMatch(new RegExp(`<autoFilter ref="A1:[A-Z]+${sheet.actualRowCount}"/>`));
      // Every column has a width of its own (<col min max width customWidth>), none left at the default.
      const covered = new Set<number>();
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"[^>]*customWidth="1"/g)) {
        expect(Number(m[3])).toBeGreaterThanOrEqual(8);
        for (let c = Number(m[1]); c <= Number(m[2]); c++) covered.add(c);
      }
      expect(covered.size, `${sheet.name}: ${xml.match(/<cols>.*<\/cols>/)?.[0]}`).toBe(sheet.columnCount);
    }
  });

  it('has one row per touchpoint with every field, its stage and the emotion per persona', () => {
    const sheet = wb.getWorksheet('Touchpoints')!;
    const cols = headers(sheet);
    expect(cols).toEqual([
      'stage',
      'id',
      'name',
      'channel',
      'personas',
      'action',
      'thought',
      'emotion: maria',
      'emotion: tom',
      'pains',
      'opportunities',
      'frontstage',
      'backstage',
      'owner',
      'systems',
      'critical',
      'evidence',
      'link',
      'notes',
      'wait',
      'duration',
      'fails',
      'recovery',
      'image',
      'map',
    ]);
    expect(sheet.actualRowCount).toBe(1 + touchpoints.length);
    touchpoints.forEach(({ stage, tp }, i) => {
      const row = Object.fromEntries(cols.map((c, j) => [c, rowValues(sheet, i + 2)[j]]));
      expect(row.stage).toBe(stage.name);
      expect(row.id).toBe(tp.id);
      expect(row.name).toBe(tp.name);
      expect(row.owner ?? undefined).toBe(tp.owner);
      expect(row.pains ?? undefined).toBe(tp.pains.length ? tp.pains.join('\n') : undefined);
      expect(row.critical ?? undefined).toBe(tp.critical ? 'yes' : undefined);
      expect(row.evidence).toBe(tp.evidence);
      expect(row['emotion: maria'] ?? undefined).toBe(tp.emotion.maria);
    });
  });

  it('lists every KPI with met/missed by the map rule, and every pain and opportunity by owner', () => {
    const sheet = wb.getWorksheet('KPIs')!;
    const cols = headers(sheet);
    const rows = collectKpis(journey, catalogue);
    expect(sheet.actualRowCount).toBe(1 + rows.length);
    rows.forEach(({ kpi, where }, i) => {
      const row = Object.fromEntries(cols.map((c, j) => [c, rowValues(sheet, i + 2)[j]]));
      expect(row.KPI).toBe(kpi.name);
      expect(row.Where).toBe(where);
      expect(row.value ?? undefined).toBe(kpi.value);
      const met = kpiMet(kpi.value, kpi.target, kpi.better);
      expect(row.Status).toBe(met === true ? 'On target' : met === false ? 'Off target' : 'No target');
    });
    const actions = wb.getWorksheet('Actions')!;
    const items = journey.stages.flatMap((s) =>
      groupByOwner(s, journey).flatMap((g) => g.items.map((item) => [s.name, g.owner ?? 'No owner', item.text])),
    );
    expect(actions.actualRowCount).toBe(1 + items.length);
    items.forEach(([stage, owner, text], i) => {
      const row = rowValues(actions, i + 2);
      expect([row[0], row[1], row[3]]).toEqual([stage, owner, text]);
    });
  });
});

describe('xlsx action list with the service blueprint', () => {
  it('lists failure points and handoffs like the PDF action list, risky handoffs named so', async () => {
    const [first, second, third] = journey.stages;
    const blueprint: Journey = {
      ...journey,
      handoffs: [{ from: 'installs', to: 'pays', fromOwner: 'Product', toOwner: 'Payments', risky: true }],
      stages: [
        first!,
        {
          ...second!,
          touchpoints: second!.touchpoints.map((tp) =>
            tp.id === 'installs' ? { ...tp, fails: ['App store rejects the card'], recovery: 'Offer the web shop' } : tp,
          ),
        },
        third!,
      ],
    };
    const wb = await workbook(await renderXlsx(scene, renderContextOf(blueprint)));
    const rows = Array.from({ length: wb.getWorksheet('Actions')!.actualRowCount - 1 }, (_, i) =>
      rowValues(wb.getWorksheet('Actions')!, i + 2),
    );
    expect(rows.map((r) => [r[1], r[2], r[3]])).toContainEqual(['Product', 'Failure', 'App store rejects the card']);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toContainEqual(['Payments', 'Risky handoff', 'Product → Payments']);
  });
});

describe.skipIf(skipWithoutLibreOffice())('xlsx opened by LibreOffice', () => {
  let sheets: Record<string, string[][]> = {};
  beforeAll(async () => {
    // Every sheet to its own CSV (LibreOffice's sheet option -1), read back with csv-parse.
    const first = convertWithLibreOffice(
      await render(),
      'map.xlsx',
      'csv',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    );
    const dir = first.slice(0, first.lastIndexOf('/'));
    sheets = Object.fromEntries(
      ['Touchpoints', 'KPIs', 'Actions'].map((name) => [name, parse(readFileSync(`${dir}/map-${name}.csv`, 'utf8')) as string[][]]),
    );
  }, 180_000);

  it('reads every touchpoint row back with its stage, name and owner', () => {
    const [head, ...rows] = sheets.Touchpoints!;
    expect(head!.slice(0, 3)).toEqual(['stage', 'id', 'name']);
    expect(rows.map((r) => [r[0], r[2], r[head!.indexOf('owner')]])).toEqual(
      touchpoints.map(({ stage, tp }) => [stage.name, tp.name, tp.owner ?? '']),
    );
  });

  it('reads the KPI statuses and the action list back', () => {
    const [head, ...rows] = sheets.KPIs!;
    const status = head!.indexOf('Status');
    expect(rows.map((r) => [r[0], r[status]])).toEqual(
      collectKpis(journey, catalogue).map(({ kpi }) => [
        kpi.name,
        kpi.met === true ? 'On target' : kpi.met === false ? 'Off target' : 'No target',
      ]),
    );
    expect(sheets.Actions!.length - 1).toBe(
      journey.stages.reduce((n, s) => n + groupByOwner(s, journey).reduce((m, g) => m + g.items.length, 0), 0),
    );
  });
});
