// KPI cards: the status follows `better`, also for negative figures and at the target itself.

import { describe, expect, it } from 'vitest';
import type { Kpi } from '../model/journey.js';
import { kpiStatus } from '../model/kpi-met.js';
import { defaultTheme } from '../theme/themes.js';
import type { CompareView } from '../view/compare-view.js';
import { kpiKey } from '../view/compare-view.js';
import { formatsFor } from '../view/formats.js';
import { de } from '../words/de.js';
import { en } from '../words/en.js';
import { es } from '../words/es.js';
import { fr } from '../words/fr.js';
import { ja } from '../words/ja.js';
import { kpiCard } from './kpi-card.js';

const look = { theme: defaultTheme, words: en, format: formatsFor(en) };
const journeyOwner = { kind: 'journey' } as const;
const textsOf = (node: ReturnType<typeof kpiCard>['node']): string[] =>
  node.children.flatMap((n) => (n.kind === 'text' ? n.lines.map((l) => l.text) : []));

describe('kpiStatus', () => {
  it('lower is better: met at or below the target, negative targets included', () => {
    expect(kpiStatus({ name: 'Loss', value: -6, target: -5, better: 'lower' })).toBe('met');
    expect(kpiStatus({ name: 'Loss', value: -5, target: -5, better: 'lower' })).toBe('met');
    expect(kpiStatus({ name: 'Loss', value: -3, target: -5, better: 'lower' })).toBe('missed');
    expect(kpiStatus({ name: 'Gain', value: -3, target: -5, better: 'higher' })).toBe('met');
    expect(kpiStatus({ name: 'NPS', value: 3, better: 'higher' })).toBe('no-target');
  });

  it('a target without a value (and no data) is "no value yet", not "no target"', () => {
    expect(kpiStatus({ name: 'NPS', target: 45, better: 'higher' })).toBe('no-value');
    expect(kpiStatus({ name: 'NPS', better: 'higher' })).toBe('no-target');
  });

  it('trusts the IR’s met when present', () => {
    expect(kpiStatus({ name: 'X', value: 1, target: 2, better: 'higher', met: true })).toBe('met');
  });
});

describe('kpiCard', () => {
  it('writes tiny and huge values and long units without losing them', () => {
    const texts = (value: number, unit?: string) =>
      JSON.stringify(
        kpiCard(
          { name: 'Rate', value, target: -5, better: 'lower', ...(unit ? { unit } : {}) },
          { x: 0, y: 0, width: 176 },
          look,
          journeyOwner,
        ).node,
      );
    expect(texts(0.000123)).toContain('0.000123');
    expect(texts(123456789)).toContain('123,456,789');
    expect(texts(-5, 'm')).toContain('\u22125 m');
  });

  it('a 20-character unit is written out, not cut with an ellipsis', () => {
    const card = kpiCard(
      { name: 'Time on task', value: 123456.78, target: 90000, better: 'lower', unit: 'minutes per session.' },
      { x: 0, y: 0, width: 176 },
      look,
      journeyOwner,
    );
    const texts = card.node.children.flatMap((n) => (n.kind === 'text' ? [n] : []));
    expect(texts.filter((t) => t.fullText !== undefined).map((t) => t.fullText)).toEqual([]);
    expect(texts.flatMap((t) => t.lines.map((l) => l.text)).join(' ')).toContain('minutes per session.');
  });
});

describe('kpiCard status words', () => {
  const nps = (kpi: Kpi, words = en): string[] => textsOf(kpiCard(kpi, { x: 0, y: 0, width: 176 }, { ...look, words }, journeyOwner).node);

  it('a target with no value says that no value is recorded yet, whole, in every catalogue', () => {
    expect(nps({ name: 'NPS', target: 45, better: 'higher' })).toContain('No value yet');
    expect(nps({ name: 'NPS', target: 45, better: 'higher' })).not.toContain('No target');
    expect(nps({ name: 'NPS', value: 31, better: 'higher' })).toContain('No target');
    for (const words of [de(), fr(), es(), ja()]) {
      const card = kpiCard({ name: 'NPS', target: 45, better: 'higher' }, { x: 0, y: 0, width: 176 }, { ...look, words }, journeyOwner);
      const texts = card.node.children.flatMap((n) => (n.kind === 'text' ? [n] : []));
      expect(texts.flatMap((t) => t.lines.map((l) => l.text))).toContain(words['kpi.noValue']);
      expect(texts.filter((t) => t.fullText !== undefined)).toEqual([]);
      expect(words['kpi.noValue']).not.toBe(en['kpi.noValue']);
    }
  });
});

describe('kpiCard with data and compare', () => {
  const series = {
    file: 'data/on-time.csv',
    column: 'value',
    points: [
      { date: '2026-01', value: 80 },
      { date: '2026-02', value: 84 },
      { date: '2026-03-15', value: 91 },
    ],
  };
  const kpi: Kpi = { name: 'On time', value: 91, baseline: 80, target: 95, unit: '%', better: 'higher', series };

  it('draws a sparkline through every point, the latest dotted, and says "as of" the last date', () => {
    const card = kpiCard(kpi, { x: 0, y: 0, width: 176 }, look, journeyOwner);
    const spark = card.node.children.find((n) => n.kind === 'group' && n.role === 'sparkline');
    if (spark?.kind !== 'group') throw new Error('no sparkline');
    const line = spark.children[0];
    if (line?.kind !== 'path') throw new Error('no line');
    expect(line.commands.map((c) => c.op)).toEqual(['M', 'L', 'L']);
    // Highest value at the top of the sparkline, lowest at its bottom.
    const ys = line.commands.map((c) => (c.op === 'Z' ? 0 : c.y));
    expect(ys[2]).toBeLessThan(ys[1] as number);
    expect(ys[1]).toBeLessThan(ys[0] as number);
    expect(textsOf(card.node)).toContain('as of Mar 15, 2026');
  });

  it("shows the compared journey's value of the same KPI beside the target", () => {
    const before: Kpi = { name: 'On time', value: 72.5, unit: '%', better: 'higher' };
    const compare = { kpis: new Map([[kpiKey({ kind: 'stage', id: 'deliver' }, 'On time'), before]]) } as unknown as CompareView;
    const inStage = kpiCard(kpi, { x: 0, y: 0, width: 176 }, { ...look, compare }, { kind: 'stage', id: 'deliver' });
    expect(textsOf(inStage.node).join(' ')).toContain('Current\u00a0state\u00a072.5%');
    // Another owner's KPI of the same name is not this one.
    const elsewhere = kpiCard(kpi, { x: 0, y: 0, width: 176 }, { ...look, compare }, journeyOwner);
    expect(textsOf(elsewhere.node).join(' ')).not.toContain('Current');
  });
});
