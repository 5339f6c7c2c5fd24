// Building blocks of diffJourneys: compare scalar fields, list fields and KPI lists, and find which
// shared items changed order. Pure; every result comes out in a deterministic order.
import type { Kpi } from './journey.js';
import type { ChangeTarget, FieldValue, JourneyChange } from './journey-change.js';
import { kpiStatus } from './kpi-met.js';

/** Field-changed entries for every named field whose values differ, in the order given. */
export function scalarChanges(target: ChangeTarget, fields: readonly [string, FieldValue, FieldValue][]): JourneyChange[] {
  return fields.flatMap(([field, old, now]) => (old === now ? [] : [{ kind: 'field-changed', target, field, old, new: now } as const]));
}

/** Items removed (in old order) then added (in new order); order changes alone are not changes. */
export function listChanges(target: ChangeTarget, field: string, old: readonly string[], now: readonly string[]): JourneyChange[] {
  const before = new Set(old);
  const after = new Set(now);
  return [
    ...[...before].filter((item) => !after.has(item)).map((item) => ({ kind: 'item-removed', target, field, item }) as const),
    ...[...after].filter((item) => !before.has(item)).map((item) => ({ kind: 'item-added', target, field, item }) as const),
  ];
}

/** KPIs keyed by name; a repeated name gets " (2)", " (3)"… so each still has a key. */
function byName(kpis: readonly Kpi[]): Map<string, Kpi> {
  const map = new Map<string, Kpi>();
  for (const kpi of kpis) {
    let key = kpi.name;
    for (let n = 2; map.has(key); n++) key = `${kpi.name} (${n})`;
    map.set(key, kpi);
  }
  return map;
}

const KPI_FIELDS = ['value', 'target', 'baseline', 'unit', 'better', 'source'] as const;

/** Where a KPI's series comes from, as one value: the file, and the column unless it is `value`. */
const dataOf = (kpi: Kpi): string | undefined =>
  kpi.series && (kpi.series.column === 'value' ? kpi.series.file : `${kpi.series.file} (${kpi.series.column})`);
/** The latest date of a KPI's series: a new export with the same figures is still news. */
const asOf = (kpi: Kpi): string | undefined => kpi.series?.points.at(-1)?.date;

export function kpiChanges(owner: ChangeTarget, old: readonly Kpi[], now: readonly Kpi[]): JourneyChange[] {
  const before = byName(old);
  const after = byName(now);
  const changes: JourneyChange[] = [];
  for (const name of before.keys()) if (!after.has(name)) changes.push({ kind: 'kpi-removed', owner, name });
  for (const [name, kpi] of after) {
    const was = before.get(name);
    if (!was) {
      changes.push({ kind: 'kpi-added', owner, name });
      continue;
    }
    for (const field of KPI_FIELDS) {
      if (was[field] !== kpi[field]) changes.push({ kind: 'kpi-changed', owner, name, field, old: was[field], new: kpi[field] });
    }
    if (dataOf(was) !== dataOf(kpi)) changes.push({ kind: 'kpi-changed', owner, name, field: 'data', old: dataOf(was), new: dataOf(kpi) });
    if (asOf(was) !== asOf(kpi)) changes.push({ kind: 'kpi-changed', owner, name, field: 'asOf', old: asOf(was), new: asOf(kpi) });
    if (was.met !== kpi.met) {
      changes.push({ kind: 'kpi-status', owner, name, old: was.met, new: kpi.met, oldStatus: kpiStatus(was), newStatus: kpiStatus(kpi) });
    }
  }
  return changes;
}

/**
 * Of the ids both sequences share, those outside a longest common subsequence: the fewest items
 * that must have moved to turn the old order into the new one. O(n·m), fine for map-sized lists.
 */
export function movedIds(old: readonly string[], now: readonly string[]): Set<string> {
  const shared = new Set(old.filter((id) => now.includes(id)));
  const a = old.filter((id) => shared.has(id));
  const b = now.filter((id) => shared.has(id));
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  const at = (i: number, j: number): number => table[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      (table[i] as number[])[j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i] as string);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return new Set([...shared].filter((id) => !kept.has(id)));
}
