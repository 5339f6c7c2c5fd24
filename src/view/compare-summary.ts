// The words of a "Current → future" summary, from the view's one comparison (view.compare): the
// touchpoints added, removed and changed (with the fields that changed) and the emotion change per
// stage and persona, as display strings. The PDF page and the pptx slide both draw these rows.

import type { Journey } from '../model/journey.js';
import type { JourneyChange } from '../model/journey-change.js';
import { say } from '../words/say.js';
import { emotionShifts, touchpointOf } from './compare-view.js';
import type { JourneyView } from './journey-view.js';

/** What changed, as the language's own field names (the keys an author writes): "emotion, fails". */
function fieldOf(change: JourneyChange): string {
  switch (change.kind) {
    case 'field-changed':
    case 'item-added':
    case 'item-removed':
      return change.field;
    case 'emotion-changed':
      return 'emotion';
    case 'touchpoint-moved':
      return 'stage';
    default:
      return 'kpis';
  }
}

/** Touchpoint id → the fields that changed, in the diff's order (touchpoints in map order). */
export function changedTouchpoints(changes: readonly JourneyChange[]): Map<string, string[]> {
  const changed = new Map<string, string[]>();
  for (const change of changes) {
    if (change.kind === 'touchpoint-added' || change.kind === 'touchpoint-removed') continue;
    const id = touchpointOf(change);
    if (id === undefined) continue;
    const fields = changed.get(id) ?? [];
    const field = fieldOf(change);
    if (!fields.includes(field)) fields.push(field);
    changed.set(id, fields);
  }
  return changed;
}

export interface EmotionRow {
  readonly stage: string;
  readonly persona: string;
  readonly before: string;
  readonly after: string;
  readonly change: string;
  /** The rounded change, undefined where a side has no steps. */
  readonly delta?: number;
}

export interface CompareSummary {
  /** "Compared with <title>". */
  readonly against: string;
  /** "<touchpoint> (<stage>)" lines. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** "<touchpoint> (<stage>)" and its changed fields ("emotion, fails"). */
  readonly changed: readonly (readonly [string, string])[];
  readonly emotions: readonly EmotionRow[];
}

const stageName = (journey: Journey, id: string): string => journey.stages.find((s) => s.id === id)?.name ?? id;
const touchpointName = (journey: Journey, id: string): string =>
  journey.stages.flatMap((s) => s.touchpoints).find((t) => t.id === id)?.name ?? id;

/** The summary of the view's comparison, or undefined without `compare`. */
export function compareSummary(view: JourneyView): CompareSummary | undefined {
  const compare = view.compare;
  if (!compare) return undefined;
  const { words, journey } = view;
  const at = (j: Journey, id: string, stage: string) =>
    say(words, 'compare.atStage', { touchpoint: touchpointName(j, id), stage: stageName(j, stage) });
  const added = compare.changes.flatMap((c) => (c.kind === 'touchpoint-added' ? [at(journey, c.id, c.stage)] : []));
  const removed = compare.changes.flatMap((c) => (c.kind === 'touchpoint-removed' ? [at(compare.journey, c.id, c.stage)] : []));
  const changed = [...changedTouchpoints(compare.changes)].map(([id, fields]): [string, string] => {
    const stage = journey.stages.find((s) => s.touchpoints.some((t) => t.id === id))?.id ?? '';
    return [at(journey, id, stage), fields.join(', ')];
  });
  const number = (n: number | undefined): string => (n === undefined ? '—' : view.format.number(n));
  const signed = (n: number): string => (n > 0 ? `+${view.format.number(n)}` : view.format.number(n));
  const emotions = emotionShifts(journey, compare).map((shift): EmotionRow => {
    const delta =
      shift.before !== undefined && shift.after !== undefined ? Math.round((shift.after - shift.before) * 100) / 100 : undefined;
    return {
      stage: stageName(journey, shift.stage),
      persona: journey.personas.find((p) => p.id === shift.persona)?.name ?? shift.persona,
      before: number(shift.before),
      after: number(shift.after),
      change: delta === undefined ? '—' : signed(delta),
      ...(delta !== undefined ? { delta } : {}),
    };
  });
  return { against: say(words, 'compare.against', { title: compare.journey.title }), added, removed, changed, emotions };
}
