// Each budget: refused one over the limit with budget-exceeded naming the budget, the limit and
// the place (the list, the text, the entry that goes over a total); accepted at the limit.
import { describe, expect, it } from 'vitest';
import type { Host } from '../source/source-file.js';
import { BUDGETS } from './budgets.js';
import { loadJourney } from './load-journey.js';

const host = (files: Record<string, string> = {}): Host => ({
  readFile: (path) => (Object.hasOwn(files, path) ? new TextEncoder().encode(files[path]) : undefined),
});
const load = (text: string, files?: Record<string, string>) => loadJourney({ path: 'j.journey.yaml', text }, host(files));
const found = (text: string, files?: Record<string, string>) =>
  load(text, files).diagnostics.map((d) => [
    d.code,
    d.message,
    d.span ? `${d.span.file}:${d.span.start.line}:${d.span.start.column}` : d.file,
  ]);
const flowList = (n: number, item: (i: number) => string) => `[${Array.from({ length: n }, (_, i) => item(i)).join(', ')}]`;

describe('budgets', () => {
  it('items per list: a pains list of limit+1 items, at the list', () => {
    const n = BUDGETS.listItems.limit + 1;
    const text = `title: T\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        pains: ${flowList(n, (i) => `p${i}`)}\n`;
    expect(found(text)).toEqual([['budget-exceeded', `"pains" holds ${n} items; the budget is 50 items per list`, 'j.journey.yaml:6:16']]);
    expect(load(text.replace(', p50]', ']')).diagnostics).toEqual([]);
  });
  it('a 400,000-item list is refused before validation, with one diagnostic', () => {
    const text = `title: T\ntags: [${'a,'.repeat(400_000)}a]\nstages: [A]\n`;
    const started = performance.now();
    expect(found(text)).toEqual([['budget-exceeded', '"tags" holds 400001 items; the budget is 50 items per list', 'j.journey.yaml:2:7']]);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
  it('stages and touchpoints per stage', () => {
    expect(found(`title: T\nstages: ${flowList(41, (i) => `S${i}`)}\n`)).toEqual([
      ['budget-exceeded', '"stages" holds 41 stages; the budget is 40 stages', 'j.journey.yaml:2:9'],
    ]);
    expect(found(`title: T\nstages:\n  - name: A\n    touchpoints: ${flowList(41, (i) => `T${i}`)}\n`)).toEqual([
      ['budget-exceeded', '"touchpoints" holds 41 touchpoints; the budget is 40 touchpoints per stage', 'j.journey.yaml:4:18'],
    ]);
  });
  it('touchpoints in all: at the first touchpoint over the budget', () => {
    // 8 stages of 40: the 301st touchpoint is the 21st of the 8th stage (line 10).
    const stages = Array.from({ length: 8 }, (_, s) => `  - name: S${s}\n    touchpoints: ${flowList(40, (i) => `T${s}-${i}`)}\n`);
    const [d, ...rest] = load(`title: T\nstages:\n${stages.join('')}`).diagnostics;
    expect(rest).toEqual([]);
    expect(d?.message).toBe('this is one touchpoint more than the map may hold; the budget is 300 touchpoints in all');
    expect([d?.span?.start.line, d?.span?.start.column]).toEqual([18, 19 + 10 * 6 + 10 * 7]);
  });
  it('KPIs per list', () => {
    const text = `title: T\nkpis: ${flowList(13, (i) => `{ name: K${i} }`)}\nstages: [A]\n`;
    expect(found(text)).toEqual([['budget-exceeded', '"kpis" holds 13 KPIs; the budget is 12 KPIs per list', 'j.journey.yaml:2:7']]);
  });
  it('characters per text, and keys', () => {
    const long = 'x'.repeat(2001);
    expect(found(`title: T\nstages:\n  - name: A\n    objective: ${long}\n`)).toEqual([
      ['budget-exceeded', 'a text of 2001 characters; the budget is 2000 characters per text', 'j.journey.yaml:4:16'],
    ]);
    expect(found(`title: T\n? ${long}\n: 1\nstages: [A]\n`)).toEqual([
      ['budget-exceeded', 'a key of 2001 characters; the budget is 2000 characters per text', 'j.journey.yaml:2:3'],
    ]);
  });
  it('characters in all, aliases expanded: an alias cannot multiply text past the budget', () => {
    const anchors = Array.from({ length: 3 }, (_, i) => `a${i}: &t${i} "${'w'.repeat(1990)}"\n`).join('');
    const uses = Array.from({ length: 3 }, (_, i) => `u${i}: [${Array(50).fill(`*t${i}`).join(', ')}]\n`).join('');
    const [d, ...rest] = load(`title: T\n${anchors}${uses}stages: [A]\n`).diagnostics;
    expect(rest).toEqual([]);
    expect(d?.code).toBe('budget-exceeded');
    expect(d?.message).toContain('the budget is 250000 characters of text in all');
  });
  it('personas, imported ones included, at the first one over the budget', () => {
    const lib = `personas: ${flowList(8, (i) => `{ id: l${i}, name: L${i} }`)}\n`;
    const text = `title: T\nimports: [lib.yaml]\npersonas: ${flowList(5, (i) => `{ id: p${i}, name: P${i} }`)}\nstages: [A]\n`;
    const [d, ...rest] = load(text, { 'lib.yaml': lib }).diagnostics;
    expect(rest).toEqual([]);
    expect(d?.message).toBe('the map has 13 personas, imported ones included; the budget is 12 personas');
    expect(d?.span?.file).toBeDefined();
  });
  it('characters in all counts the imported libraries, at `imports:`', () => {
    const texts = (n: number, prefix: string) => flowList(n, (i) => `"${prefix}${i} ${'w'.repeat(1990)}"`);
    const lib = `personas:\n  - { id: l, name: L, goals: ${texts(40, 'g')} }\n`;
    const text = `title: T\nimports: [lib.yaml]\ntags: ${texts(50, 't')}\nstages:\n${[0, 1, 2].map((s) => `  - { name: S${s}, objective: x, touchpoints: [{ name: T${s}, pains: ${texts(20, 'p')} }] }\n`).join('')}`;
    expect(found(text, { 'lib.yaml': lib })).toEqual([
      [
        'budget-exceeded',
        "this file's texts (219324 characters) and its imports' (79752) add up to 299076 characters; the budget is 250000 characters of text in all",
        'j.journey.yaml:2:10',
      ],
    ]);
  });
  it('a library file is held to the same budgets', () => {
    const lib = `personas:\n  - { id: l, name: L, goals: ${flowList(51, (i) => `g${i}`)} }\n`;
    const diagnostics = found('title: T\nimports: [lib.yaml]\nstages: [A]\n', { 'lib.yaml': lib });
    expect(diagnostics[0]).toEqual(['budget-exceeded', '"goals" holds 51 items; the budget is 50 items per list', 'lib.yaml:2:30']);
    expect(diagnostics.map((d) => d[0])).toEqual(['budget-exceeded', 'invalid-import']);
  });
  it('map cells: touchpoints x lanes', () => {
    // 300 touchpoints x 21 lanes (14 built-in listed + 7 custom) = 6300 cells.
    const lanes = [
      'touchpoints',
      'channels',
      'actions',
      'thoughts',
      'emotions',
      'pains',
      'opportunities',
      'frontstage',
      'backstage',
      'owners',
      'systems',
      'kpis',
      'evidence',
      'notes',
    ];
    const custom = Array.from({ length: 7 }, (_, i) => `{ id: c${i}, title: C${i} }`);
    const stages = Array.from({ length: 10 }, (_, s) => `  - name: S${s}\n    touchpoints: ${flowList(30, (i) => `T${s}-${i}`)}\n`);
    const text = `title: T\nlanes: [${[...lanes, ...custom].join(', ')}]\nstages:\n${stages.join('')}`;
    expect(found(text)).toEqual([
      [
        'budget-exceeded',
        'the map has 300 touchpoints x 21 lanes = 6300 cells; the budget is 6000 map cells (touchpoints x lanes)',
        'j.journey.yaml:1:8',
      ],
    ]);
  });
});

describe('the budgets in docs/language.md', () => {
  it('lists every budget with its limit', async () => {
    const { readFileSync } = await import('node:fs');
    const docs = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Budgets'), docs.indexOf('## Project config'));
    const rows = new Map([...section.matchAll(/^\| (.+?) \| (\d+) \|$/gm)].map((m) => [m[1] ?? '', Number(m[2])]));
    // A row names the budget as its unit does, up to the unit's own parenthesis.
    const documented = (unit: string) => [...rows].find(([name]) => name.startsWith(unit.replace(/ \(.*\)$/, '')))?.[1];
    for (const budget of Object.values(BUDGETS)) expect(documented(budget.unit), budget.unit).toBe(budget.limit);
    expect(rows.size).toBe(Object.keys(BUDGETS).length);
  });
});
