import { describe, expect, it } from 'vitest';
import { blueprintJourney } from '../../test/support/blueprint-journey.js';
import { sampleJourney } from '../../test/support/journeys.js';
import { journeyTime } from './journey-time.js';

describe('journeyTime', () => {
  it('sums waits and durations per stage and in total, and finds the longest wait', () => {
    expect(journeyTime(blueprintJourney)).toEqual({
      stages: { order: 600 + 90 + 180, delivery: 86_400 + 5_400 + 120 },
      total: 870 + 91_920,
      longestWait: { touchpoint: 'waits', seconds: 86_400 },
    });
  });

  it('has no total, stages or longest wait without time; the first of equal waits is the longest', () => {
    expect(journeyTime(sampleJourney)).toEqual({ stages: {} });
    const [a, b] = blueprintJourney.stages;
    const equal = {
      ...blueprintJourney,
      stages: [a!, { ...b!, touchpoints: b!.touchpoints.map((t) => ({ ...t, wait: { seconds: 90, text: '90s' } })) }],
    };
    expect(journeyTime(equal).longestWait).toEqual({ touchpoint: 'pays', seconds: 90 });
  });
});
