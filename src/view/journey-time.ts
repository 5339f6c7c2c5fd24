// The time facts of a journey (language 1.1 `wait` and `duration`): each stage's elapsed time (the
// sum of its steps' waits and durations), the journey's total and its longest wait. Pure; layout,
// the PDF and the HTML panel all read these numbers from here, so they agree.
import type { Journey, Touchpoint } from '../model/journey.js';

export interface JourneyTime {
  /** Seconds per stage id, only for stages with at least one timed step. */
  readonly stages: Readonly<Record<string, number>>;
  /** The journey's total in seconds; undefined when no step has a wait or a duration. */
  readonly total?: number;
  /** The step with the longest wait (the first of equals), when any step waits. */
  readonly longestWait?: { readonly touchpoint: string; readonly seconds: number };
}

const stepSeconds = (tp: Touchpoint): number | undefined =>
  tp.wait === undefined && tp.duration === undefined ? undefined : (tp.wait?.seconds ?? 0) + (tp.duration?.seconds ?? 0);

export function journeyTime(journey: Journey): JourneyTime {
  const stages: Record<string, number> = {};
  let total: number | undefined;
  let longestWait: { touchpoint: string; seconds: number } | undefined;
  for (const stage of journey.stages) {
    for (const tp of stage.touchpoints) {
      const seconds = stepSeconds(tp);
      if (seconds === undefined) continue;
      stages[stage.id] = (stages[stage.id] ?? 0) + seconds;
      total = (total ?? 0) + seconds;
      const wait = tp.wait?.seconds ?? 0;
      if (wait > 0 && (longestWait === undefined || wait > longestWait.seconds)) longestWait = { touchpoint: tp.id, seconds: wait };
    }
  }
  return { stages, ...(total !== undefined ? { total } : {}), ...(longestWait ? { longestWait } : {}) };
}
