// Each rule through lintJourney on YAML loaded by the real front end: it fires (at the right
// line:col, under the exact value it is about) on a journey with the problem, stays quiet on the
// fixed journey, and is registered.
import { describe, expect, it } from 'vitest';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';
import { loadJourney } from '../model/load-journey.js';
import { LINT_RULES, lintJourney } from './lint-journey.js';

const FILE = 'maps/j.journey.yaml';

function load(lines: string[]): Journey {
  const { journey, diagnostics } = loadJourney({ path: FILE, text: `${lines.join('\n')}\n` }, { readFile: () => undefined });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!journey) throw new Error('journey did not load');
  return journey;
}

const of = (code: Code, diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === code);
const at = (d: Diagnostic | undefined) => `${d?.span?.start.line}:${d?.span?.start.column}`;
/** line:col of the first `needle` on 1-based line `line` of `lines`: where a caret should be. */
const find = (lines: string[], line: number, needle: string) => `${line}:${(lines[line - 1] ?? '').indexOf(needle) + 1}`;
/** The source text a diagnostic's span covers, in the journey written as `lines`. */
const under = (lines: string[], d: Diagnostic | undefined) => `${lines.join('\n')}\n`.slice(d?.span?.start.offset, d?.span?.end.offset);

/** A journey none of the rules complains about; each case below breaks it in one way. */
const clean = [
  'title: Clean', // 1
  'personas: [{ id: maria, name: Maria }, { id: tom, name: Tom }]', // 2
  'kpis: [{ name: NPS, value: 31, target: 45 }]', // 3
  'stages:', // 4
  '  - name: Checkout', // 5
  '    touchpoints:', // 6
  '      - { name: Pays, emotion: -1, pains: Slow, opportunities: Faster, critical: true, owner: Payments, evidence: data }', // 7
  '      - { name: Confirms, emotion: { maria: 1, tom: 0 }, evidence: research }', // 8
  '      - { name: Waits, emotion: 0, personas: [tom] }', // 9
];

describe('lintJourney', () => {
  it('is quiet on a journey with none of the problems', () => {
    expect(lintJourney(load(clean))).toEqual([]);
  });

  it('reports only warnings, each with a span in the journey file', () => {
    const journey = load([
      'title: Mess\u200By',
      'personas: [{ id: maria, name: Maria }, { id: tom, name: Tom }]',
      'kpis: [{ name: NPS }]',
      'stages:',
      '  - Empty',
      '  - name: Checkout',
      '    touchpoints:',
      '      - { name: A, personas: [maria], critical: true, emotion: 1, pains: P }',
      '      - { name: B, personas: [maria] }',
      `      - { name: C, personas: [maria], notes: "${'x'.repeat(200)}" }`,
      '      - { name: D, personas: [maria], owner: Web, emotion: 0 }',
      '      - { name: E, personas: [maria], owner: Logistics, critical: true, emotion: 0, fails: F }',
    ]);
    const found = lintJourney(journey);
    expect(new Set(found.map((d) => d.code))).toEqual(new Set(LINT_RULES.map((r) => r.code)));
    for (const d of found) {
      expect(d.severity).toBe('warning');
      expect(d.span?.file).toBe(FILE);
    }
  });

  it('lets the caller choose the rules', () => {
    const journey = load(['title: T', 'stages: [Empty]']);
    expect(lintJourney(journey, [])).toEqual([]);
    expect(lintJourney(journey).map((d) => d.code)).toEqual(['stage-without-touchpoints']);
  });

  it('falls back to the entity span for a Journey built without field spans', () => {
    const journey = load(clean.map((l, i) => (i === 6 ? l.replace(' owner: Payments,', '') : l)));
    const bare: Journey = {
      ...journey,
      stages: journey.stages.map(({ fieldSpans: _stage, ...stage }) => ({
        ...stage,
        touchpoints: stage.touchpoints.map(({ fieldSpans: _tp, ...tp }) => tp),
      })),
    };
    const found = of('critical-without-owner', lintJourney(bare));
    expect(found.map((d) => d.span)).toEqual([bare.stages[0]?.touchpoints[0]?.span]);
    expect(found.map(at)).toEqual(['7:9']);
  });

  it('gives every rule a distinct code', () => {
    expect(new Set(LINT_RULES.map((r) => r.code)).size).toBe(LINT_RULES.length);
  });
});

describe('rules', () => {
  it('touchpoint-without-emotion: names the missing personas, only when the emotions lane exists', () => {
    const lines = clean.map((l, i) => (i === 7 ? '      - { name: Confirms, emotion: { maria: 1 }, evidence: research }' : l));
    const found = of('touchpoint-without-emotion', lintJourney(load(lines)));
    // At the `emotion` mapping that leaves tom out.
    expect(found.map(at)).toEqual([find(lines, 8, '{ maria')]);
    expect(under(lines, found[0])).toBe('{ maria: 1 }');
    expect(found[0]?.message).toContain('"tom"');
    expect(found[0]?.message).not.toContain('"maria"');
    // No emotion anywhere: no emotions lane, nothing to complain about.
    const flat = load(['title: T', 'stages:', '  - { name: S, touchpoints: [A, B] }']);
    expect(of('touchpoint-without-emotion', lintJourney(flat))).toEqual([]);
    // An explicit emotions lane makes the gap visible even with no emotion written.
    const laned = load(['title: T', 'lanes: [touchpoints, emotions]', 'stages:', '  - { name: S, touchpoints: [A] }']);
    expect(of('touchpoint-without-emotion', lintJourney(laned))).toHaveLength(1);
    // No emotion written at all: at the touchpoint's name.
    const unnamed = [
      'title: T',
      'lanes: [touchpoints, emotions]',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - { name: Pays, owner: Ops }',
    ];
    const none = of('touchpoint-without-emotion', lintJourney(load(unnamed)));
    expect(none.map(at)).toEqual([find(unnamed, 6, 'Pays')]);
    expect(under(unnamed, none[0])).toBe('Pays');
  });

  it('a shorthand touchpoint (a plain string) is pointed at as a whole', () => {
    const lines = [
      'title: T',
      'lanes: [touchpoints, emotions]',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - Pays',
      `      - ${'w'.repeat(170)}`,
    ];
    const found = lintJourney(load(lines));
    const emotion = of('touchpoint-without-emotion', found);
    expect(emotion.map(at)).toEqual(['6:9', '7:9']);
    expect(emotion.map((d) => under(lines, d))).toEqual(['Pays', 'w'.repeat(170)]);
    // long-text names the shorthand's `name` and points at the same string.
    const long = of('long-text', found);
    expect(long.map(at)).toEqual(['7:9']);
    expect(long[0]?.message).toContain('name has 170');
    expect(under(lines, long[0])).toBe('w'.repeat(170));
  });

  it('pain-without-opportunity: at the stage name, counted over all its touchpoints', () => {
    const lines = clean.map((l, i) => (i === 6 ? l.replace('opportunities: Faster, ', '') : l));
    const found = of('pain-without-opportunity', lintJourney(load(lines)));
    expect(found.map(at)).toEqual([find(lines, 5, 'Checkout')]);
    expect(under(lines, found[0])).toBe('Checkout');
    const elsewhere = clean.map((l, i) =>
      i === 6
        ? l.replace('opportunities: Faster, ', '')
        : i === 8
          ? '      - { name: Waits, emotion: 0, personas: [tom], opportunities: [Idea] }'
          : l,
    );
    expect(of('pain-without-opportunity', lintJourney(load(elsewhere)))).toEqual([]);
  });

  it('critical-without-owner: a moment of truth with no owner', () => {
    const lines = clean.map((l, i) => (i === 6 ? l.replace(' owner: Payments,', '') : l));
    const found = of('critical-without-owner', lintJourney(load(lines)));
    // At the value of `critical: true`.
    expect(found.map(at)).toEqual([find(lines, 7, 'true')]);
    expect(under(lines, found[0])).toBe('true');
    const notCritical = clean.map((l, i) => (i === 6 ? l.replace(' critical: true, owner: Payments,', '') : l));
    expect(of('critical-without-owner', lintJourney(load(notCritical)))).toEqual([]);
  });

  it('kpi-without-target: at every level', () => {
    const lines = [
      'title: T',
      'kpis: [{ name: NPS, value: 3 }]',
      'stages:',
      '  - name: S',
      '    kpis: [{ name: Conversion }, { name: Sales, target: 3 }]',
      '    touchpoints:',
      '      - { name: A, kpis: [{ name: Bounce, value: 3, better: lower }] }',
    ];
    const found = of('kpi-without-target', lintJourney(load(lines)));
    // At each KPI's name: the target is what is missing, so there is no value of its own to point at.
    expect(found.map(at)).toEqual([find(lines, 2, 'NPS'), find(lines, 5, 'Conversion'), find(lines, 7, 'Bounce')]);
    expect(found.map((d) => under(lines, d))).toEqual(['NPS', 'Conversion', 'Bounce']);
    expect(found.map((d) => d.message).join(' ')).not.toContain('Sales');
  });

  it('stage-without-touchpoints: a stage written as a plain name', () => {
    const found = of('stage-without-touchpoints', lintJourney(load([...clean, '  - Loyalty'])));
    expect(found.map(at)).toEqual(['10:5']);
    const lines = [...clean, '  - name: Loyalty', '    objective: Come back'];
    const named = of('stage-without-touchpoints', lintJourney(load(lines)));
    expect(named.map(at)).toEqual([find(lines, 10, 'Loyalty')]);
    expect(under(lines, named[0])).toBe('Loyalty');
  });

  it('assumption-heavy: one warning at the title when over half are assumptions', () => {
    const heavy = clean.map((l, i) => (i === 7 ? l.replace(', evidence: research', '') : l));
    const found = of('assumption-heavy', lintJourney(load(heavy)));
    expect(found.map(at)).toEqual(['1:8']);
    expect(found[0]?.message).toMatch(/2 of 3/);
    // Exactly half is not "more than half"; two touchpoints are too few to judge.
    expect(
      of(
        'assumption-heavy',
        lintJourney(
          load(
            [...clean, '      - { name: D, emotion: 0, evidence: data }'].map((l, i) =>
              i === 7 ? l.replace(', evidence: research', '') : l,
            ),
          ),
        ),
      ),
    ).toEqual([]);
    expect(of('assumption-heavy', lintJourney(load(['title: T', 'stages:', '  - { name: S, touchpoints: [A, B] }'])))).toEqual([]);
  });

  it('long-text: a failure point or a recovery too long for its cell, at its value', () => {
    const lines = [
      'title: T',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      `      - { name: A, fails: [short, "${'f'.repeat(170)}"], recovery: "${'r'.repeat(161)}" }`,
      `      - { name: B, fails: "${'g'.repeat(160)}", recovery: ok }`,
    ];
    const found = of('long-text', lintJourney(load(lines)));
    expect(found.map(at)).toEqual([find(lines, 5, '"f'), find(lines, 5, '"r')]);
    expect(found.map((d) => d.message)).toEqual([
      'touchpoint "a": fails[1] has 170 characters (over 160)',
      'touchpoint "a": recovery has 161 characters (over 160)',
    ]);
  });

  it('long-text: names the field, counts code points, limit inclusive', () => {
    const at160 = 'é'.repeat(160);
    const ok = load(['title: T', 'stages:', '  - name: S', '    touchpoints:', `      - { name: A, thought: "${at160}" }`]);
    expect(of('long-text', lintJourney(ok))).toEqual([]);
    const lines = [
      'title: T',
      'lanes: [touchpoints, { id: risks, title: Risks }]',
      'stages:',
      '  - name: S',
      `    objective: "${'o'.repeat(170)}"`,
      '    touchpoints:',
      `      - { name: A, pains: [short, "${'p'.repeat(161)}"], fields: { risks: "${'r'.repeat(200)}" } }`,
      `      - { name: B, thought: "${'t'.repeat(165)}", pains: "${'q'.repeat(162)}" }`,
    ];
    const found = of('long-text', lintJourney(load(lines)));
    // Each at its own value (quotes included: they are part of the scalar as written).
    expect(found.map(at)).toEqual([
      find(lines, 5, '"o'),
      find(lines, 7, '"p'),
      find(lines, 7, '"r'),
      find(lines, 8, '"t'),
      find(lines, 8, '"q'),
    ]);
    expect(found.map((d) => under(lines, d))).toEqual([
      `"${'o'.repeat(170)}"`,
      `"${'p'.repeat(161)}"`,
      `"${'r'.repeat(200)}"`,
      `"${'t'.repeat(165)}"`,
      `"${'q'.repeat(162)}"`,
    ]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('objective has 170'),
      expect.stringContaining('pains[1] has 161'),
      expect.stringContaining('fields.risks has 200'),
      expect.stringContaining('thought has 165'),
      expect.stringContaining('pains[0] has 162'),
    ]);
  });

  it('persona-never-used: only personas of this file that no touchpoint lists', () => {
    const lines = clean.map((l, i) =>
      i === 6 || i === 7
        ? l.replace('{ name:', '{ personas: [maria], name:').replace(', tom: 0', '')
        : i === 8
          ? l.replace('[tom]', '[maria]')
          : l,
    );
    const found = of('persona-never-used', lintJourney(load(lines)));
    // At the persona's id, which is what `personas:` lists.
    expect(found.map(at)).toEqual([find(lines, 2, 'tom')]);
    expect(under(lines, found[0])).toBe('tom');
    expect(found[0]?.message).toContain('"tom"');
  });

  it('persona-never-used: leaves imported library personas alone', () => {
    const { journey } = loadJourney(
      {
        path: 'maps/j.journey.yaml',
        text: 'title: T\nimports: [lib.yaml]\nstages:\n  - { name: S, touchpoints: [{ name: A, personas: [maria] }] }\n',
      },
      {
        readFile: (p) =>
          p === 'maps/lib.yaml' ? new TextEncoder().encode('personas: [{ id: maria, name: Maria }, { id: tom, name: Tom }]\n') : undefined,
      },
    );
    expect(journey).toBeDefined();
    if (journey) expect(of('persona-never-used', lintJourney(journey))).toEqual([]);
  });
});
