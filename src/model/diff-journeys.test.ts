// diffJourneys + formatDiff (render/diff/) on journeys loaded from YAML (what `journeymap diff` compares), and
// properties over generated journeys: no change from a journey to itself, adds mirror removes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyArbitrary, sampleJourney } from '../../test/support/journeys.js';
import { formatDiff } from '../render/diff/format-diff.js';
import { en } from '../words/en.js';
import { diffJourneys, type JourneyChange } from './diff-journeys.js';
import type { Journey } from './journey.js';
import { loadJourney } from './load-journey.js';

function load(lines: string[]): Journey {
  const { journey, diagnostics } = loadJourney({ path: 'j.journey.yaml', text: `${lines.join('\n')}\n` }, { readFile: () => undefined });
  if (!journey) throw new Error(JSON.stringify(diagnostics));
  return journey;
}

const lines = (old: Journey, now: Journey): string[] => formatDiff(diffJourneys(old, now), en).trimEnd().split('\n');

const base = [
  'title: Groceries',
  'personas: [{ id: maria, name: Maria }, { id: tom, name: Tom }]',
  'kpis: [{ name: NPS, value: 50, target: 45 }]',
  'stages:',
  '  - id: browse',
  '    name: Browse',
  '    touchpoints:',
  '      - { id: search, name: Searches, emotion: 1 }',
  '      - { id: compare, name: Compares, emotion: 0 }',
  '  - id: checkout',
  '    name: Checkout',
  '    touchpoints:',
  '      - { id: pays, name: Pays, emotion: { maria: -2, tom: -1 }, pains: [Slow page], owner: Payments, kpis: [{ name: Success, value: 98, target: 97 }] }',
  '  - { id: delivery, name: Delivery, touchpoints: [{ id: receives, name: Receives }] }',
];
const edit = (replace: Record<number, string | string[]>): string[] =>
  base.flatMap((line, i) => (i in replace ? (replace[i] ?? []) : [line]));

describe('diffJourneys', () => {
  it('finds nothing between a journey and itself', () => {
    expect(diffJourneys(load(base), load(base))).toEqual([]);
    expect(formatDiff([], en)).toBe('no changes\n');
  });

  it('reports emotion per persona with its delta, and list items added and removed', () => {
    const now = load(
      edit({
        12: '      - { id: pays, name: Pays, emotion: { maria: -1, tom: -1 }, pains: [Slow page, 3-D Secure], opportunities: [Save card], owner: Payments, kpis: [{ name: Success, value: 98, target: 97 }] }',
      }),
    );
    expect(lines(load(base), now)).toEqual([
      '~ touchpoint pays: emotion maria -2 → -1 (+1)',
      '~ touchpoint pays: pains + "3-D Secure"',
      '~ touchpoint pays: opportunities + "Save card"',
    ]);
  });

  it('reports stages added, removed, renamed and moved', () => {
    const now = load([
      ...base.slice(0, 4),
      ...base.slice(9, 12).map((l) => l.replace('name: Checkout', 'name: Pay')),
      base[12] ?? '',
      ...base.slice(4, 9),
      '  - Loyalty',
    ]);
    expect(lines(load(base), now)).toEqual([
      '- stage delivery "Delivery"',
      '- touchpoint receives "Receives" from delivery',
      '~ stage checkout: name "Checkout" → "Pay"',
      '~ stage browse: moved 1 → 2',
      '+ stage loyalty "Loyalty" at 3',
    ]);
  });

  it('tells touchpoints moved between stages from those reordered within one', () => {
    const moved = load(
      edit({
        8: [],
        13: '  - { id: delivery, name: Delivery, touchpoints: [{ id: receives, name: Receives }, { id: compare, name: Compares, emotion: 0 }] }',
      }),
    );
    expect(lines(load(base), moved)).toEqual(['~ touchpoint compare: moved browse → delivery']);
    const reordered = load(edit({ 7: base[8] ?? '', 8: base[7] ?? '' }));
    const changes = diffJourneys(load(base), reordered);
    // Swapping two neighbours moves exactly one of them.
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'touchpoint-moved', from: 'browse', to: 'browse' });
  });

  it('reports touchpoints added and removed, in map order', () => {
    const now = load(edit({ 7: [], 11: ['    touchpoints:', '      - { id: cart, name: Reviews the cart }'] }));
    expect(lines(load(base), now)).toEqual([
      '- touchpoint search "Searches" from browse',
      '+ touchpoint cart "Reviews the cart" in checkout',
    ]);
  });

  it('reports KPI value changes and met → missed flips', () => {
    const now = load(
      edit({
        2: 'kpis: [{ name: NPS, value: 40, target: 45 }, { name: CSAT, value: 4 }]',
        12: base[12]?.replace('value: 98', 'value: 96.5') ?? '',
      }),
    );
    expect(lines(load(base), now)).toEqual([
      '~ kpi "NPS" of journey: value 50 → 40',
      '~ kpi "NPS" of journey: On target → Off target',
      '+ kpi "CSAT" of journey',
      '~ kpi "Success" of touchpoint pays: value 98 → 96.5',
      '~ kpi "Success" of touchpoint pays: On target → Off target',
    ]);
  });

  it('reports personas added and removed, and journey fields', () => {
    const now = load(
      edit({
        0: ['title: Groceries v2', 'state: future'],
        1: 'personas: [{ id: maria, name: Maria B }, { id: ana, name: Ana }]',
        12: '      - { id: pays, name: Pays, emotion: { maria: -2 }, pains: [Slow page], owner: Payments, critical: true, kpis: [{ name: Success, value: 98, target: 97 }] }',
      }),
    );
    expect(lines(load(base), now)).toEqual([
      '~ journey: title "Groceries" → "Groceries v2"',
      '~ journey: state "current" → "future"',
      '- persona tom "Tom"',
      '+ persona ana "Ana"',
      '~ persona maria: name "Maria" → "Maria B"',
      // tom's emotions went with tom: the persona line says it once.
      '~ touchpoint pays: critical false → true',
    ]);
    // A touchpoint for all personas follows the cast silently; one with its own list reports it.
    const own = load(edit({ 7: '      - { id: search, name: Searches, emotion: 1, personas: [maria, tom] }' }));
    const ownNow = load(
      edit({
        1: 'personas: [{ id: maria, name: Maria }, { id: tom, name: Tom }, { id: ana, name: Ana }]',
        7: '      - { id: search, name: Searches, emotion: 1, personas: [maria] }',
      }),
    );
    expect(lines(own, ownNow)).toEqual([
      '+ persona ana "Ana"',
      '~ touchpoint search: emotion tom 1 → none',
      '~ touchpoint search: personas - "tom"',
    ]);
  });

  it('orders changes deterministically: journey, personas, KPIs, then stage by stage', () => {
    const now = load(
      edit({
        0: 'title: T2',
        7: '      - { id: search, name: Searches, emotion: 2 }',
        13: '  - { id: delivery, name: Delivered, touchpoints: [{ id: receives, name: Receives }] }',
      }),
    );
    const kinds = diffJourneys(load(base), now).map((c) => c.kind);
    expect(kinds).toEqual(['field-changed', 'emotion-changed', 'emotion-changed', 'field-changed']);
    expect(diffJourneys(load(base), now)).toEqual(diffJourneys(load(base), now));
  });
});

describe('diffJourneys properties', () => {
  it('a generated journey has no changes against itself', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (j) => {
        expect(diffJourneys(j, structuredClone(j))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('what one direction adds the other removes', () => {
    const pick = (changes: JourneyChange[], kind: JourneyChange['kind']) =>
      changes.flatMap((c) => (c.kind === kind && 'id' in c ? [c.id] : [])).sort();
    fc.assert(
      fc.property(journeyArbitrary(), journeyArbitrary(), (a, b) => {
        const ab = diffJourneys(a, b);
        const ba = diffJourneys(b, a);
        expect(pick(ab, 'stage-added')).toEqual(pick(ba, 'stage-removed'));
        expect(pick(ab, 'touchpoint-added')).toEqual(pick(ba, 'touchpoint-removed'));
        expect(pick(ab, 'persona-added')).toEqual(pick(ba, 'persona-removed'));
        // Moves between stages mirror too (reorders within a stage may pick a different item back).
        const between = (changes: JourneyChange[]) =>
          changes.flatMap((c) => (c.kind === 'touchpoint-moved' && c.from !== c.to ? [c.id] : [])).sort();
        expect(between(ab)).toEqual(between(ba));
      }),
      { numRuns: 40 },
    );
  });

  it('every change prints as one line starting with +, - or ~', () => {
    const changed: Journey = {
      ...sampleJourney,
      stages: [...sampleJourney.stages].reverse().map((s) => ({ ...s, touchpoints: [...s.touchpoints].reverse() })),
      personas: sampleJourney.personas.slice(1),
    };
    const text = formatDiff(diffJourneys(sampleJourney, changed), en);
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^[+~-] \S/);
  });
});

describe('diffJourneys on language 1.1 fields', () => {
  const first = sampleJourney.stages[0]!;
  const tp0 = first.touchpoints[0]!;
  const withTp = (extra: Partial<Journey['stages'][number]['touchpoints'][number]>, kpis = first.kpis): Journey => ({
    ...sampleJourney,
    stages: [{ ...first, kpis, touchpoints: [{ ...tp0, ...extra }, ...first.touchpoints.slice(1)] }, ...sampleJourney.stages.slice(1)],
  });
  const before = withTp({
    wait: { seconds: 5400, text: '90m' },
    duration: { seconds: 600, text: '10m' },
    fails: ['Card declined'],
    recovery: 'Retry',
    image: 'shots/a.png',
    map: 'detail.journey.yaml',
  });

  it('reports wait, duration, fails, recovery, image and map, and compares durations by length', () => {
    const after = withTp({
      wait: { seconds: 5400, text: '1h30m' },
      duration: { seconds: 900, text: '15m' },
      fails: ['Card declined', 'Slot gone'],
      recovery: 'Call back',
      image: 'shots/b.png',
    });
    expect(formatDiff(diffJourneys(before, after), en).trimEnd().split('\n')).toEqual([
      `~ touchpoint ${tp0.id}: duration "10m" → "15m"`,
      `~ touchpoint ${tp0.id}: fails + "Slot gone"`,
      `~ touchpoint ${tp0.id}: recovery "Retry" → "Call back"`,
      `~ touchpoint ${tp0.id}: image "shots/a.png" → "shots/b.png"`,
      `~ touchpoint ${tp0.id}: map "detail.journey.yaml" → none`,
    ]);
  });

  it('reports a KPI whose data file, column or latest date changed', () => {
    const series = (file: string, column: string, last: string) => ({
      file,
      column,
      points: [
        { date: '2026-01', value: 1 },
        { date: last, value: 2 },
      ],
    });
    const k = (s: ReturnType<typeof series>) => [{ name: 'On time', better: 'higher' as const, value: 2, baseline: 1, series: s }];
    const a = withTp({}, k(series('data/a.csv', 'value', '2026-02')));
    const b = withTp({}, k(series('data/b.csv', 'late', '2026-03')));
    const changes = diffJourneys(a, b).filter((c) => c.kind === 'kpi-changed');
    expect(changes.map((c) => (c.kind === 'kpi-changed' ? [c.field, c.old, c.new] : []))).toEqual([
      ['data', 'data/a.csv', 'data/b.csv (late)'],
      ['asOf', '2026-02', '2026-03'],
    ]);
    expect(diffJourneys(a, structuredClone(a))).toEqual([]);
  });
});
