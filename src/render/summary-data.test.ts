import { describe, expect, it } from 'vitest';
import { blueprintJourney } from '../../test/support/blueprint-journey.js';
import { groupByOwner } from './summary-data.js';

const delivery = blueprintJourney.stages[1]!;
const rows = (groups: ReturnType<typeof groupByOwner>) =>
  groups.map((g) => [g.owner, g.items.map((i) => [i.kind, i.text, i.touchpoint.id, ...(i.risky !== undefined ? [i.risky] : [])])]);

describe('groupByOwner', () => {
  it('lists pains and opportunities only, as slides and sheets want them', () => {
    expect(groupByOwner(delivery)).toEqual([]);
  });

  it('with the journey’s handoffs: the handoff into each step under the receiving owner, then its failure points', () => {
    expect(rows(groupByOwner(delivery, blueprintJourney))).toEqual([
      [
        'Logistics',
        [
          ['handoff', 'Web → Logistics', 'waits', true],
          ['failure', 'Courier cannot find the door', 'waits'],
          ['failure', 'Wrong parcel', 'receives'],
        ],
      ],
      ['Customer care', [['handoff', 'Logistics → Customer care', 'rates', false]]],
    ]);
  });
});
