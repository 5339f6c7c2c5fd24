// Whether a KPI meets its target, respecting which direction is better, and the status a KPI
// shows from it. Pure.
import type { Kpi } from './journey.js';

export function kpiMet(value: number | undefined, target: number | undefined, better: 'higher' | 'lower'): boolean | undefined {
  if (value === undefined || target === undefined) return undefined;
  return better === 'higher' ? value >= target : value <= target;
}

/** What a KPI shows: met, missed, a target with no value recorded yet, or no target to judge by. */
export type KpiStatus = 'met' | 'missed' | 'no-value' | 'no-target';

/** From the IR's `met` (a Kpi built in memory without it is judged by kpiMet). */
export function kpiStatus<K extends Pick<Kpi, 'met' | 'value' | 'target' | 'better'>>(kpi: K): KpiStatus {
  const met = kpi.met ?? kpiMet(kpi.value, kpi.target, kpi.better);
  if (met !== undefined) return met ? 'met' : 'missed';
  return kpi.target === undefined ? 'no-target' : 'no-value';
}
