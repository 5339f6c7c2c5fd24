// KPI cards: the status follows `better`, also for negative figures and at the target itself.
import { en } from '../words/en.js';
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/themes.js';
import { kpiCard, kpiStatus } from './kpi-card.js';

describe('kpiStatus', () => {
  it('lower is better: met at or below the target, negative targets included', () => {
    expect(kpiStatus({ name: 'Loss', value: -6, target: -5, better: 'lower' })).toBe('met');
    expect(kpiStatus({ name: 'Loss', value: -5, target: -5, better: 'lower' })).toBe('met');
    expect(kpiStatus({ name: 'Loss', value: -3, target: -5, better: 'lower' })).toBe('missed');
    expect(kpiStatus({ name: 'Gain', value: -3, target: -5, better: 'higher' })).toBe('met');
    expect(kpiStatus({ name: 'NPS', value: 3, better: 'higher' })).toBe('unknown');
  });

  it('trusts the IR’s met when present', () => {
    expect(kpiStatus({ name: 'X', value: 1, target: 2, better: 'higher', met: true })).toBe('met');
  });
});

describe('kpiCard', () => {
  it('writes tiny and huge values and long units without losing them', () => {
    const texts = (value: number, unit?: string) =>
      JSON.stringify(kpiCard({ name: 'Rate', value, target: -5, better: 'lower', ...(unit ? { unit } : {}) }, { x: 0, y: 0, width: 176 }, defaultTheme, en).node);
    expect(texts(0.000123)).toContain('0.000123');
    expect(texts(123456789)).toContain('123,456,789');
    expect(texts(-5, 'm')).toContain('\u22125 m');
  });

  it('a 20-character unit is written out, not cut with an ellipsis', () => {
    const card = kpiCard({ name: 'Time on task', value: 123456.78, target: 90000, better: 'lower', unit: 'minutes per session.' }, { x: 0, y: 0, width: 176 }, defaultTheme, en);
    const texts = card.node.children.flatMap((n) => (n.kind === 'text' ? [n] : []));
    expect(texts.filter((t) => t.fullText !== undefined).map((t) => t.fullText)).toEqual([]);
    expect(texts.flatMap((t) => t.lines.map((l) => l.text)).join(' ')).toContain('minutes per session.');
  });
});
