// `journeymap import` of workshop spreadsheets: our own xlsx export imports back to the same map
// (same SVG bytes); a hand-made CSV with workshop headers becomes YAML that validates; every bad
// cell is a diagnostic at sheet, row and column (exit 1), an unknown column a warning.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempProject } from '../support/run-cli.js';

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples/first-grocery-order.journey.yaml'), 'utf8');

const WORKSHOP_CSV = [
  'Stage,Touchpoint,Channel,Emotion: Maria,Emotion : Tom,Pains,Owner,Moment of truth,Mood',
  'Discover,Sees an ad,Instagram,1,-1,"Ad is vague\nNo price shown",Marketing,,happy',
  ',Reads reviews,Web,0.5,,,Marketing,,',
  'Buy,Pays,App,-2,-1.5,Hidden fees,Payments,yes,',
].join('\n');

interface JsonDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const json = (stdout: string): JsonDiagnostic[] => JSON.parse(stdout) as JsonDiagnostic[];

async function workbookBytes(rows: unknown[][], sheetName = 'Touchpoints'): Promise<Uint8Array> {
  const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  const wb = new Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('import of workshop spreadsheets', () => {
  it('imports our own xlsx export back to the same map: the same SVG', () => {
    const original = tempProject({ 'map.journey.yaml': EXAMPLE });
    expect(runCli(['build', 'map.journey.yaml', '-f', 'svg,xlsx', '-o', 'out', '-q'], { cwd: original }).status).toBe(0);
    const imported = runCli(['import', join(original, 'out', 'map.xlsx')], { cwd: original });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const copy = tempProject({ 'map.journey.yaml': imported.stdout });
    expect(runCli(['build', 'map.journey.yaml', '-f', 'svg', '-o', 'out', '-q'], { cwd: copy }).status).toBe(0);
    expect(readFileSync(join(copy, 'out', 'map.svg'), 'utf8')).toBe(readFileSync(join(original, 'out', 'map.svg'), 'utf8'));
  });

  it('round-trips the service-blueprint fields, custom lanes, KPIs by place and a journey in a subfolder', () => {
    const journey = [
      'title: Home delivery',
      'state: future',
      'owner: Logistics',
      'lanes: [touchpoints, time, emotions, failures, owners, kpis, { id: effort, title: Customer effort }]',
      'personas:',
      '  - { id: ana, name: Ana, role: Nurse }',
      '  - { id: ben, name: Ben }',
      'kpis: [{ name: On time, value: 91, target: 95, unit: "%" }]',
      'stages:',
      '  - name: Delivery',
      '    kpis: [{ name: Returns, value: 2, target: 3, better: lower }]',
      '    touchpoints:',
      '      - name: Waits for the courier',
      '        personas: [ana]',
      '        wait: 2d',
      '        duration: 15m',
      '        emotion: -1',
      '        fails: [Courier cannot find the door, Parcel left outside]',
      '        recovery: Courier calls',
      '        owner: Courier team',
      '        fields: { effort: High }',
      '      - name: Signs for the parcel',
      '        emotion: { ana: 1, ben: 0.5 }',
      '        owner: Courier team',
      '        critical: true',
      '        kpis: [{ name: Signature rate, value: 80 }]',
    ].join('\n');
    const original = tempProject({ 'maps/home.journey.yaml': `${journey}\n` });
    expect(runCli(['build', 'maps/home.journey.yaml', '-f', 'svg,xlsx', '-o', 'out', '-q'], { cwd: original }).status).toBe(0);
    const imported = runCli(['import', 'out/maps/home.xlsx'], { cwd: original });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('wait: 2d');
    expect(imported.stdout).toContain('recovery: Courier calls');
    const copy = tempProject({ 'maps/home.journey.yaml': imported.stdout });
    expect(runCli(['build', 'maps/home.journey.yaml', '-f', 'svg', '-o', 'out', '-q'], { cwd: copy }).status).toBe(0);
    expect(readFileSync(join(copy, 'out', 'maps', 'home.svg'), 'utf8')).toBe(
      readFileSync(join(original, 'out', 'maps', 'home.svg'), 'utf8'),
    );
  });

  it('turns a workshop CSV into YAML that validates, headers matched without regard to case or spaces', () => {
    const cwd = tempProject({ 'workshop.csv': WORKSHOP_CSV });
    const r = runCli(['import', 'workshop.csv', '-o', 'workshop.journey.yaml', '--reporter', 'json'], { cwd });
    expect(r.status).toBe(0);
    // The unknown column is a warning at its header cell (row 1, column 9 = I1).
    expect(json(r.stdout)).toEqual([
      expect.objectContaining({
        code: 'sheet-unknown-column',
        severity: 'warning',
        file: 'workshop.csv',
        line: 1,
        column: 9,
        message: expect.stringMatching(/^I1: column "Mood"/),
      }),
    ]);
    const yaml = readFileSync(join(cwd, 'workshop.journey.yaml'), 'utf8');
    expect(yaml).toContain('title: workshop');
    expect(yaml).toContain('emotion: {maria: 1, tom: -1}');
    expect(yaml).toContain('      - Ad is vague\n');
    expect(yaml).toContain('      - No price shown\n');
    expect(yaml).toContain('critical: true');
    // The blank stage cell continues the stage above: two stages, Discover with two touchpoints.
    expect(yaml.match(/^ {2}- name: /gm)).toHaveLength(2);
    const validate = runCli(['validate', 'workshop.journey.yaml'], { cwd });
    expect(validate.stderr).not.toContain('error');
    expect(validate.status).toBe(0);
  });

  it('points at the sheet, row and column of a bad xlsx cell, and writes nothing', async () => {
    const bytes = await workbookBytes([
      ['Stage', 'Name', 'Emotion', 'Evidence'],
      ['Discover', 'Sees an ad', 1, 'data'],
      ['Discover', 'Reads reviews', 'very happy', 'reserch'],
      ['Buy', 'Pays', 3, undefined],
    ]);
    const cwd = tempProject({ 'sheets/workshop.xlsx': bytes });
    const r = runCli(['import', 'sheets/workshop.xlsx', '-o', 'out.journey.yaml', '--reporter', 'json'], { cwd });
    expect(r.status).toBe(1);
    const found = json(r.stdout).map((d) => [d.code, d.file, d.line, d.column, d.message.split(':')[0]]);
    expect(found).toEqual([
      ['sheet-invalid-cell', 'sheets/workshop.xlsx', 3, 3, 'Touchpoints!C3'],
      ['sheet-invalid-cell', 'sheets/workshop.xlsx', 3, 4, 'Touchpoints!D3'],
      ['sheet-invalid-cell', 'sheets/workshop.xlsx', 4, 3, 'Touchpoints!C4'],
    ]);
    expect(json(r.stdout)[1]!.message).toContain('"reserch" is not one of assumption, research, data');
    const pretty = runCli(['import', 'sheets/workshop.xlsx'], { cwd });
    expect(pretty.stderr).toContain('error[sheet-invalid-cell]: Touchpoints!C3: "very happy" is not a number');
    expect(pretty.stderr).toContain('--> sheets/workshop.xlsx:3:3');
    expect(pretty.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // No code frame: the workbook is binary, and a cell is a row and a column number, not characters.
    expect(pretty.stderr).not.toMatch(/^\s*\d+ \|/m);
    expect(pretty.stderr).not.toContain('PK');
  });

  // With -o the json reporter has standard output to itself (without, the YAML takes it).
  it('refuses a sheet without a name column, and a file that is not a workbook', async () => {
    const cwd = tempProject({ 'no-name.csv': 'Stage,Channel\nDiscover,Web\n', 'fake.xlsx': 'stage,name\n' });
    const missing = runCli(['import', 'no-name.csv', '-o', 'out.journey.yaml', '--reporter', 'json'], { cwd });
    expect(missing.status).toBe(1);
    expect(json(missing.stdout)).toEqual([expect.objectContaining({ code: 'sheet-missing-column', line: 1, column: 1 })]);
    const fake = runCli(['import', 'fake.xlsx', '-o', 'out.journey.yaml', '--reporter', 'json'], { cwd });
    expect(fake.status).toBe(1);
    expect(json(fake.stdout)).toEqual([expect.objectContaining({ code: 'sheet-unreadable', file: 'fake.xlsx' })]);
    writeFileSync(join(cwd, 'bad.csv'), 'stage,name\n"Discover,Sees an ad\n');
    const bad = runCli(['import', 'bad.csv', '-o', 'out.journey.yaml', '--reporter', 'json'], { cwd });
    expect(bad.status).toBe(1);
    expect(json(bad.stdout)).toEqual([expect.objectContaining({ code: 'sheet-unreadable', line: 2 })]);
  });
});

describe('import of an xlsx export with data-fed KPIs', () => {
  it('links the data files again: the same sparklines, values and "as of" in the same SVG', () => {
    const journey = [
      'title: Delivery',
      'kpis: [{ name: NPS, data: ./data/nps.csv, target: 45 }]',
      'stages:',
      '  - name: Delivery',
      '    kpis: [{ name: Returns, data: { file: ./data/funnel.csv, column: returns }, target: 3, better: lower }]',
      '    touchpoints:',
      '      - name: Signs for the parcel',
      '        emotion: 1',
      '        kpis: [{ name: Signature rate, value: 80, target: 90 }]',
    ].join('\n');
    const files = {
      'maps/home.journey.yaml': `${journey}\n`,
      'maps/data/nps.csv': 'date,value\n2026-01,22\n2026-02,27\n2026-03,31\n',
      'maps/data/funnel.csv': 'date,returns,orders\n2026-01,5,100\n2026-02,4,120\n',
    };
    const original = tempProject(files);
    expect(runCli(['build', 'maps/home.journey.yaml', '-f', 'svg,xlsx', '-o', 'out', '-q'], { cwd: original }).status).toBe(0);
    const imported = runCli(['import', 'out/maps/home.xlsx'], { cwd: original });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('data: data/nps.csv');
    expect(imported.stdout).toContain('        data:\n          file: data/funnel.csv\n          column: returns\n');
    // The value is the data file's: written beside `data` it would be an error.
    expect(imported.stdout).not.toMatch(/value: 31\b/);
    expect(imported.stdout).toContain('value: 80');
    const copy = tempProject({ ...files, 'maps/home.journey.yaml': imported.stdout });
    const rebuilt = runCli(['build', 'maps/home.journey.yaml', '-f', 'svg', '-o', 'out'], { cwd: copy });
    expect(rebuilt.stderr).not.toMatch(/error|warning/);
    const svg = readFileSync(join(copy, 'out', 'maps', 'home.svg'), 'utf8');
    expect(svg).toContain('data-role="sparkline"');
    expect(svg).toBe(readFileSync(join(original, 'out', 'maps', 'home.svg'), 'utf8'));
  });
});
