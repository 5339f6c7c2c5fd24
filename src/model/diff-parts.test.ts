// The order-change finder behind stage and touchpoint moves: minimal, and blind to adds/removes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiChanges, listChanges, movedIds } from './diff-parts.js';

describe('movedIds', () => {
  it('finds nothing when the shared order is kept, whatever was added or removed', () => {
    expect(movedIds(['a', 'b', 'c', 'd'], ['x', 'a', 'c', 'd', 'y'])).toEqual(new Set());
  });

  it('finds the one item taken out and put elsewhere', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 3, maxLength: 12 }), fc.nat(), fc.nat(), (ns, from, to) => {
        const ids = ns.map(String);
        const item = ids[from % ids.length] as string;
        const rest = ids.filter((id) => id !== item);
        const moved = [...rest.slice(0, to % ids.length), item, ...rest.slice(to % ids.length)];
        const result = movedIds(ids, moved);
        expect(result.size).toBeLessThanOrEqual(1);
        if (moved.join() !== ids.join()) expect(result.size).toBe(1);
      }),
    );
  });
});

describe('listChanges', () => {
  it('reports removed then added items and ignores reordering', () => {
    expect(listChanges({ kind: 'journey' }, 'tags', ['a', 'b', 'c'], ['c', 'd', 'a'])).toEqual([
      { kind: 'item-removed', target: { kind: 'journey' }, field: 'tags', item: 'b' },
      { kind: 'item-added', target: { kind: 'journey' }, field: 'tags', item: 'd' },
    ]);
  });
});

describe('kpiChanges', () => {
  it('a KPI whose value is taken away keeps its target: its status becomes no-value, not no-target', () => {
    const was = { name: 'NPS', value: 50, target: 45, better: 'higher', met: true } as const;
    const now = { name: 'NPS', target: 45, better: 'higher' } as const;
    expect(kpiChanges({ kind: 'journey' }, [was], [now]).filter((c) => c.kind === 'kpi-status')).toEqual([
      { kind: 'kpi-status', owner: { kind: 'journey' }, name: 'NPS', old: true, new: undefined, oldStatus: 'met', newStatus: 'no-value' },
    ]);
  });
});
