// Lanes of the map: the explicit `lanes:` list in order, else every built-in lane with data in the
// built-in order. The channels lane only appears when listed: the touchpoints lane already shows
// each touchpoint's channel, so a second row would repeat it.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { JourneyInput } from '../schema/journey.js';
import type { ParsedFile } from '../source/parse-source.js';
import { BUILTIN_LANES, type BuiltinLaneId, type Lane, type Stage, type Touchpoint } from './journey.js';

export const isBuiltinLane = (id: string): id is BuiltinLaneId => (BUILTIN_LANES as readonly string[]).includes(id);

/**
 * Whether a lane has anything to show for these touchpoints. Evidence always has a value (its
 * default), so it counts only where `explicitEvidence` says it was written somewhere.
 */
export function laneHasData(lane: Lane, tps: readonly Touchpoint[], explicitEvidence = true): boolean {
  if (lane.kind === 'custom') return tps.some((t) => t.fields[lane.id] !== undefined);
  switch (lane.id) {
    case 'touchpoints':
      return true;
    case 'channels':
      return tps.some((t) => t.channel !== undefined);
    case 'actions':
      return tps.some((t) => t.action !== undefined);
    case 'thoughts':
      return tps.some((t) => t.thought !== undefined);
    case 'emotions':
      return tps.some((t) => Object.keys(t.emotion).length > 0);
    case 'pains':
      return tps.some((t) => t.pains.length > 0);
    case 'opportunities':
      return tps.some((t) => t.opportunities.length > 0);
    case 'frontstage':
      return tps.some((t) => t.frontstage !== undefined);
    case 'backstage':
      return tps.some((t) => t.backstage !== undefined);
    case 'owners':
      return tps.some((t) => t.owner !== undefined);
    case 'systems':
      return tps.some((t) => t.systems.length > 0);
    case 'kpis':
      return tps.some((t) => t.kpis.length > 0);
    case 'evidence':
      return explicitEvidence;
    case 'notes':
      return tps.some((t) => t.notes !== undefined);
    case 'storyboard':
      return tps.some((t) => t.image !== undefined);
    case 'time':
      return tps.some((t) => t.wait !== undefined || t.duration !== undefined);
    case 'failures':
      return tps.some((t) => t.fails.length > 0 || t.recovery !== undefined);
  }
}

// No title: the built-in lane's name is a word of the view's catalogue (view/lane-title.ts).
const builtinLane = (id: BuiltinLaneId): Lane => ({ kind: 'builtin', id });

export function resolveLanes(
  input: JourneyInput,
  parsed: ParsedFile,
  stages: readonly Stage[],
): { lanes: Lane[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (input.lanes === undefined) {
    const explicitEvidence = input.stages.some(
      (s) => typeof s !== 'string' && (s.touchpoints ?? []).some((t) => typeof t !== 'string' && t.evidence !== undefined),
    );
    // The channels lane only when listed: the touchpoints lane already names each channel.
    const tps = stages.flatMap((s) => s.touchpoints);
    const lanes = BUILTIN_LANES.filter((id) => id !== 'channels')
      .map(builtinLane)
      .filter((lane) => laneHasData(lane, tps, explicitEvidence));
    return { lanes, diagnostics };
  }
  const seen = new Map<string, number>();
  const lanes: Lane[] = [];
  input.lanes.forEach((entry, index) => {
    const id = typeof entry === 'string' ? entry : entry.id;
    const first = seen.get(id);
    if (first !== undefined) {
      diagnostics.push({
        code: 'duplicate-id',
        severity: 'error',
        message: `lane "${id}" is listed twice`,
        span: parsed.locate(['lanes', index]),
        hint: 'list each lane once',
        related: [{ message: 'first listed here', span: parsed.locate(['lanes', first]) }],
      });
      return;
    }
    seen.set(id, index);
    if (typeof entry === 'string') {
      lanes.push(builtinLane(entry));
    } else if (isBuiltinLane(entry.id)) {
      lanes.push({ kind: 'builtin', id: entry.id, title: entry.title });
    } else {
      lanes.push({ kind: 'custom', id: entry.id, title: entry.title });
    }
  });
  return { lanes, diagnostics };
}
