// What changed between two versions of a journey (for `journeymap diff`): a structured, ordered
// list of JourneyChange, entities matched by id (KPIs by name). Pure; formatDiff prints it.

import { kpiChanges, listChanges, movedIds, scalarChanges } from './diff-parts.js';
import type { Channel, Duration, Journey, Persona, Stage, Touchpoint } from './journey.js';
import type { ChangeTarget, JourneyChange } from './journey-change.js';

export type { ChangeTarget, FieldValue, JourneyChange } from './journey-change.js';

const indexById = <T extends { readonly id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

function personaChanges(old: Persona, now: Persona): JourneyChange[] {
  const target: ChangeTarget = { kind: 'persona', id: now.id };
  return [
    ...scalarChanges(target, [
      ['name', old.name, now.name],
      ['age', old.age, now.age],
      ['role', old.role, now.role],
      ['quote', old.quote, now.quote],
      ['tech', old.tech, now.tech],
      ['image', old.image, now.image],
      ['color', old.color, now.color],
    ]),
    ...listChanges(target, 'goals', old.goals, now.goals),
    ...listChanges(target, 'needs', old.needs, now.needs),
    ...listChanges(target, 'frustrations', old.frustrations, now.frustrations),
  ];
}

function channelChanges(old: Channel, now: Channel): JourneyChange[] {
  return scalarChanges({ kind: 'channel', id: now.id }, [
    ['name', old.name, now.name],
    ['kind', old.kind, now.kind],
    ['icon', old.icon, now.icon],
  ]);
}

/** Added, removed and changed entities of one kind (personas, channels), implicit personas aside. */
function entityChanges<T extends { readonly id: string; readonly name: string }>(
  kind: 'persona' | 'channel',
  old: readonly T[],
  now: readonly T[],
  changed: (a: T, b: T) => JourneyChange[],
): JourneyChange[] {
  const before = indexById(old);
  const after = indexById(now);
  return [
    ...old.filter((e) => !after.has(e.id)).map((e) => ({ kind: `${kind}-removed`, id: e.id, name: e.name }) as JourneyChange),
    ...now.filter((e) => !before.has(e.id)).map((e) => ({ kind: `${kind}-added`, id: e.id, name: e.name }) as JourneyChange),
    ...now.flatMap((e) => {
      const was = before.get(e.id);
      return was ? changed(was, e) : [];
    }),
  ];
}

const castOf = (old: Journey, now: Journey): Cast => ({
  shared: now.personas.map((p) => p.id).filter((id) => old.personas.some((p) => p.id === id)),
  old: old.personas.map((p) => p.id),
  now: now.personas.map((p) => p.id),
});

interface Cast {
  /**
   * Persona ids both versions define, in the new order. A persona added to or removed from the
   * journey is one change; its emotions and list entries at every touchpoint are not repeated.
   */
  readonly shared: readonly string[];
  readonly old: readonly string[];
  readonly now: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** A duration as the author wrote it, compared by its length: `90m` → `1h30m` is no change. */
const durations = (old: Duration | undefined, now: Duration | undefined): [string | undefined, string | undefined] =>
  old?.seconds === now?.seconds ? [old?.text, old?.text] : [old?.text, now?.text];

function touchpointChanges(old: Touchpoint, now: Touchpoint, cast: Cast): JourneyChange[] {
  const shared = (ids: readonly string[]) => ids.filter((id) => cast.shared.includes(id));
  // A touchpoint for all personas follows the cast; a persona joining the journey is not a change here.
  const allBoth = sameSet(old.personas, cast.old) && sameSet(now.personas, cast.now);
  const target: ChangeTarget = { kind: 'touchpoint', id: now.id };
  const channel = (tp: Touchpoint) => tp.channel?.id ?? tp.channel?.name;
  const lanes = [...new Set([...Object.keys(now.fields), ...Object.keys(old.fields)])];
  const emotions: JourneyChange[] = cast.shared.flatMap((persona) => {
    const a = old.emotion[persona];
    const b = now.emotion[persona];
    if (a === b) return [];
    // Rounded so survey decimals do not print as 0.30000000000000004.
    const delta = a !== undefined && b !== undefined ? Math.round((b - a) * 1e6) / 1e6 : undefined;
    return [{ kind: 'emotion-changed', touchpoint: now.id, persona, old: a, new: b, ...(delta !== undefined ? { delta } : {}) } as const];
  });
  return [
    ...scalarChanges(target, [
      ['name', old.name, now.name],
      ['channel', channel(old), channel(now)],
      ['action', old.action, now.action],
      ['thought', old.thought, now.thought],
    ]),
    ...emotions,
    ...(allBoth ? [] : listChanges(target, 'personas', shared(old.personas), shared(now.personas))),
    ...listChanges(target, 'pains', old.pains, now.pains),
    ...listChanges(target, 'opportunities', old.opportunities, now.opportunities),
    ...scalarChanges(target, [
      ['frontstage', old.frontstage, now.frontstage],
      ['backstage', old.backstage, now.backstage],
      ['owner', old.owner, now.owner],
    ]),
    ...listChanges(target, 'systems', old.systems, now.systems),
    ...scalarChanges(target, [
      ['critical', old.critical, now.critical],
      ['evidence', old.evidence, now.evidence],
      ['link', old.link, now.link],
      ['notes', old.notes, now.notes],
      ...lanes.map((lane) => [`fields.${lane}`, old.fields[lane], now.fields[lane]] as [string, string | undefined, string | undefined]),
    ]),
    // Language 1.1: time, failure points, storyboard picture and detail map.
    ...scalarChanges(target, [
      ['wait', ...durations(old.wait, now.wait)],
      ['duration', ...durations(old.duration, now.duration)],
    ]),
    ...listChanges(target, 'fails', old.fails, now.fails),
    ...scalarChanges(target, [
      ['recovery', old.recovery, now.recovery],
      ['image', old.image, now.image],
      ['map', old.map, now.map],
    ]),
    ...kpiChanges(target, old.kpis, now.kpis),
  ];
}

function stageChanges(old: Journey, now: Journey): JourneyChange[] {
  const before = indexById(old.stages);
  const after = indexById(now.stages);
  const oldTouchpoints = indexById(old.stages.flatMap((s) => s.touchpoints));
  const newTouchpoints = indexById(now.stages.flatMap((s) => s.touchpoints));
  const cast = castOf(old, now);
  const stageMoves = movedIds(
    old.stages.map((s) => s.id),
    now.stages.map((s) => s.id),
  );
  const changes: JourneyChange[] = [];

  const removedTouchpoints = (stage: Stage) =>
    stage.touchpoints
      .filter((tp) => !newTouchpoints.has(tp.id))
      .map((tp): JourneyChange => ({ kind: 'touchpoint-removed', id: tp.id, name: tp.name, stage: stage.id }));

  old.stages.forEach((stage, i) => {
    if (after.has(stage.id)) return;
    changes.push({ kind: 'stage-removed', id: stage.id, name: stage.name, index: i + 1 }, ...removedTouchpoints(stage));
  });

  now.stages.forEach((stage, i) => {
    const was = before.get(stage.id);
    if (!was) {
      changes.push({ kind: 'stage-added', id: stage.id, name: stage.name, index: i + 1 });
    } else {
      if (stageMoves.has(stage.id)) {
        changes.push({ kind: 'stage-moved', id: stage.id, from: old.stages.indexOf(was) + 1, to: i + 1 });
      }
      const target: ChangeTarget = { kind: 'stage', id: stage.id };
      changes.push(
        ...scalarChanges(target, [
          ['name', was.name, stage.name],
          ['objective', was.objective, stage.objective],
        ]),
        ...kpiChanges(target, was.kpis, stage.kpis),
      );
    }
    // Reordered within the stage: among the touchpoints that were in this same stage before.
    const stayed = stage.touchpoints.filter((tp) => oldTouchpoints.get(tp.id)?.stageId === stage.id).map((tp) => tp.id);
    const reordered = was
      ? movedIds(
          was.touchpoints.map((tp) => tp.id).filter((id) => stayed.includes(id)),
          stayed,
        )
      : new Set<string>();
    for (const tp of stage.touchpoints) {
      const prior = oldTouchpoints.get(tp.id);
      if (!prior) {
        changes.push({ kind: 'touchpoint-added', id: tp.id, name: tp.name, stage: stage.id });
        continue;
      }
      if (prior.stageId !== stage.id || reordered.has(tp.id)) {
        changes.push({ kind: 'touchpoint-moved', id: tp.id, from: prior.stageId, to: stage.id });
      }
      changes.push(...touchpointChanges(prior, tp, cast));
    }
    if (was) changes.push(...removedTouchpoints(was));
  });
  return changes;
}

/** Every difference from `old` to `now`, journey-wide first, then stage by stage in the new order. */
export function diffJourneys(old: Journey, now: Journey): JourneyChange[] {
  const journey: ChangeTarget = { kind: 'journey' };
  return [
    ...scalarChanges(journey, [
      ['title', old.title, now.title],
      ['description', old.description, now.description],
      ['state', old.state, now.state],
      ['owner', old.owner, now.owner],
      ['updated', old.updated, now.updated],
    ]),
    ...listChanges(journey, 'tags', old.tags, now.tags),
    // Lanes are left out: by default they follow the data, so they would only echo other changes.
    ...entityChanges(
      'persona',
      old.personas.filter((p) => !p.implicit),
      now.personas.filter((p) => !p.implicit),
      personaChanges,
    ),
    ...entityChanges('channel', old.channels, now.channels, channelChanges),
    ...kpiChanges(journey, old.kpis, now.kpis),
    ...stageChanges(old, now),
  ];
}
