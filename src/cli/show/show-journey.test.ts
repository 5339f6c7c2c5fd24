// showJourney: exact lines for a small journey, sparkline levels, stage columns when wide, and no
// line wider than the terminal for any journey (hostile text included) at any width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyArbitrary, kpi, persona, sampleJourney, touchpoint } from '../../../test/support/journeys.js';
import type { Journey } from '../../model/journey.js';
import { emotionSparkline, sparkChar } from './emotion-sparkline.js';
import { columnsFor, PLAIN_PAINT, showJourney } from './show-journey.js';
import { visibleWidth, wrap } from './text-width.js';

const small: Journey = {
  ...sampleJourney,
  title: 'Checkout',
  description: undefined,
  state: 'current',
  owner: 'CX',
  updated: undefined,
  tags: [],
  personas: [persona('maria', 'Maria', { role: 'Parent', color: '#d9480f' }), persona('tom', 'Tom')],
  kpis: [kpi('NPS', { value: 31, target: 45 })],
  stages: [
    {
      id: 'buy',
      name: 'Buy',
      objective: 'No surprises.',
      kpis: [kpi('Abandonment', { value: 68, target: 55, unit: '%', better: 'lower' })],
      touchpoints: [
        touchpoint('buy', 'slot', 'Picks a slot', { channel: { id: 'app', name: 'App' }, emotion: { maria: -1, tom: 0.5 } }),
        touchpoint('buy', 'pay', 'Pays', {
          critical: true,
          personas: ['maria'],
          emotion: { maria: -2 },
          pains: ['Fee shown late'],
          opportunities: ['Show the fee early'],
        }),
      ],
    },
    {
      id: 'after',
      name: 'After',
      kpis: [],
      touchpoints: [
        touchpoint('after', 'csat', 'Rates us', { emotion: { maria: 2 }, kpis: [kpi('CSAT', { value: 4.6, target: 4.5, unit: '/5' })] }),
      ],
    },
  ],
};

describe('emotion sparkline', () => {
  it('maps −2…+2 onto ▁…▇ and clamps', () => {
    expect([-3, -2, -1, -0.5, 0, 0.5, 1, 2, 9].map(sparkChar).join('')).toBe('▁▁▃▃▄▅▆▇▇');
  });

  it('one block per touchpoint, · without a value, │ between stages', () => {
    expect(emotionSparkline(small, 'maria')).toBe('▃▁│▇');
    expect(emotionSparkline(small, 'tom')).toBe('▅·│·');
  });
});

describe('showJourney', () => {
  it('prints title, personas, curves, stages as sections with touchpoints, pains, ideas and KPIs (plain, 62 columns)', () => {
    expect(showJourney(small, { width: 62 })).toEqual([
      'Checkout',
      'current state · owner CX',
      '',
      'Personas',
      '  ● Maria (maria) — Parent',
      '  ● Tom (tom)',
      '',
      'Emotion',
      '  ▁ −2 … ▇ +2, │ between stages, · none',
      '  maria ▃▁│▇ avg −0.3',
      '  tom   ▅·│· avg +0.5',
      '',
      '1. Buy',
      'No surprises.',
      '• Picks a slot [App]',
      '  maria −1  tom +0.5',
      '! Pays',
      '  maria −2',
      '  − pain: Fee shown late',
      '  + idea: Show the fee early',
      'Stage KPIs',
      '  ✗ Abandonment 68% (target ≤ 55%): Off target',
      '',
      '2. After',
      '• Rates us',
      '  maria +2',
      '  ✓ CSAT 4.6/5 (target ≥ 4.5/5): On target',
      '',
      'Journey KPIs',
      '  ✗ NPS 31 (target ≥ 45): Off target',
    ]);
  });

  it('puts stages side by side when every stage gets 30 columns', () => {
    expect(columnsFor(2, 62)).toBe(1);
    expect(columnsFor(2, 63)).toBe(2);
    expect(columnsFor(1, 200)).toBe(1);
    const lines = showJourney(small, { width: 63 });
    const first = lines.indexOf('1. Buy                         │ 2. After');
    expect(lines.slice(first, first + 12)).toEqual([
      '1. Buy                         │ 2. After',
      'No surprises.                  │ • Rates us',
      '• Picks a slot [App]           │   maria +2',
      '  maria −1  tom +0.5           │   ✓ CSAT 4.6/5 (target ≥',
      '! Pays                         │     4.5/5): On target',
      '  maria −2                     │',
      '  − pain: Fee shown late       │',
      '  + idea: Show the fee early   │',
      'Stage KPIs                     │',
      '  ✗ Abandonment 68% (target ≤  │',
      '    55%): Off target           │',
      '',
    ]);
    expect(Math.max(...lines.map(visibleWidth))).toBeLessThanOrEqual(63);
  });

  it('colours through Paint only: painting changes no visible width', () => {
    const bracket = {
      ...PLAIN_PAINT,
      pain: (t: string) => `\u001b[31m${t}\u001b[39m`,
      persona: (_p: unknown, t: string) => `\u001b[36m${t}\u001b[39m`,
    };
    const painted = showJourney(small, { width: 62, paint: bracket });
    const plain = showJourney(small, { width: 62 });
    expect(painted.map((l) => l.replace(/\u001b\[\d+m/g, ''))).toEqual(plain);
    expect(painted).toContain('  − \u001b[31mpain: Fee shown late\u001b[39m');
  });

  it('never prints a line wider than the terminal, for any journey at any width', () => {
    for (const width of [20, 33, 40, 80, 120, 200]) {
      for (const line of showJourney(sampleJourney, { width })) expect(visibleWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
    fc.assert(
      fc.property(journeyArbitrary(), fc.integer({ min: 20, max: 240 }), (journey, width) => {
        for (const line of showJourney(journey, { width })) expect(visibleWidth(line), line).toBeLessThanOrEqual(width);
      }),
      { numRuns: 150 },
    );
  });

  it('wraps at spaces, cuts an over-long word with …, and counts wide characters twice', () => {
    expect(wrap('one two three four', 9, '- ', '  ')).toEqual(['- one two', '  three', '  four']);
    expect(wrap('abcdefghijkl', 6)).toEqual(['abcde…']);
    expect(visibleWidth('日本\u001b[31mx\u001b[39m')).toBe(5);
  });
});
