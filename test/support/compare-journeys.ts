// A current/future pair built as IR for the language 1.1 part B tests (compare, KPI data, honest
// curves): the future drops "calls" and adds "tracks"; Tom skips "approves"; KPIs carry series.

import { findHandoffs } from '../../src/model/find-handoffs.js';
import type { Journey } from '../../src/model/journey.js';
import { builtinLane, kpi, persona, touchpoint as tp } from './journeys.js';

const personas = [persona('maria', 'Maria', { color: '#d9480f' }), persona('tom', 'Tom', { color: '#1971c2' })];
const lanes = (['touchpoints', 'emotions', 'kpis'] as const).map(builtinLane);
const series = (values: number[]) => ({
  file: 'data/on-time.csv',
  column: 'value',
  points: values.map((value, i) => ({ date: `2026-0${i + 1}`, value })),
});

export const currentJourney: Journey = {
  file: 'current.journey.yaml',
  title: 'Delivery, current state',
  state: 'current',
  tags: [],
  personas,
  channels: [],
  lanes,
  kpis: [
    kpi('NPS', {
      value: 31,
      baseline: 22,
      series: {
        file: 'data/nps.json',
        column: 'value',
        points: [
          { date: '2026-01', value: 22 },
          { date: '2026-10', value: 31 },
        ],
      },
    }),
  ],
  stages: [
    {
      id: 'wait',
      name: 'Waiting',
      kpis: [kpi('On time', { value: 93, baseline: 88, target: 95, unit: '%', series: series([88, 90, 93]) })],
      touchpoints: [
        tp('wait', 'pays', 'Pays', { emotion: { maria: -2, tom: -1 } }),
        tp('wait', 'email', 'Gets an ETA email', { emotion: { maria: 0, tom: 0 } }),
        tp('wait', 'calls', 'Calls the hotline', { personas: ['tom'], emotion: { tom: -1.5 } }),
        tp('wait', 'receives', 'Receives the order', { emotion: { maria: -1, tom: 1 } }),
      ],
    },
  ],
  handoffs: [],
};

const futureStages: Journey['stages'] = [
  {
    id: 'wait',
    name: 'Waiting',
    kpis: [kpi('On time', { target: 97, unit: '%' })],
    touchpoints: [
      tp('wait', 'pays', 'Pays', { emotion: { maria: 0, tom: 0 } }),
      tp('wait', 'email', 'Gets an ETA email', { emotion: { maria: 1, tom: 0.5 } }),
      tp('wait', 'tracks', 'Tracks the courier live', { emotion: { maria: 1.5, tom: 1 } }),
      tp('wait', 'approves', 'Approves substitutions', { personas: ['maria'], emotion: { maria: 1 } }),
      tp('wait', 'receives', 'Receives the order', { emotion: { maria: 1, tom: 1.5 } }),
    ],
  },
];

export const futureJourney: Journey = {
  ...currentJourney,
  file: 'future.journey.yaml',
  title: 'Delivery, future state',
  state: 'future',
  kpis: [kpi('NPS', { target: 45 })],
  stages: futureStages,
  handoffs: findHandoffs(futureStages),
  compare: currentJourney,
};

/**
 * A current state for any journey (property and stress tests): every third touchpoint dropped
 * (so the map tags it new), one removed step with the longest name per stage, emotions shifted
 * down, KPIs with other values; its personas and ids are the journey's own.
 */
export function withCompare(journey: Journey): Journey {
  const stages = journey.stages.map((stage, si) => ({
    ...stage,
    kpis: stage.kpis.map((k) => ({ ...k, value: (k.value ?? 1) * -3.5 })),
    touchpoints: [
      ...stage.touchpoints
        .filter((_, ti) => (si + ti) % 3 !== 2)
        .map((t) => ({ ...t, emotion: Object.fromEntries(Object.entries(t.emotion).map(([p, v]) => [p, Math.max(-2, v - 1.5)])) })),
      tp(
        stage.id,
        `gone-${stage.id}`,
        `${stage.touchpoints[0]?.name ?? 'A step'} that the future state no longer needs at all, written out long`,
        { personas: journey.personas.map((p) => p.id) },
      ),
    ],
  }));
  const compare: Journey = {
    ...journey,
    state: 'current',
    kpis: journey.kpis.map((k) => ({ ...k, value: 123456.789 })),
    stages,
    compare: undefined,
  };
  return { ...journey, compare };
}
