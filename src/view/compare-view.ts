// As-is vs to-be (`compare`): the compared journey as this view shows it (narrowed to the same
// persona) and its semantic diff, computed once with the diff of `journeymap diff`, so the map's
// new/removed tags, the PDF's "Current → future" page and the HTML toggle tell one comparison.
import { diffJourneys, type JourneyChange } from '../model/diff-journeys.js';
import type { Journey, Kpi } from '../model/journey.js';
import { journeyForPersona } from './persona-filter.js';

/** Where a KPI lives: the journey, a stage or a touchpoint (KPIs are matched by name within it). */
export type KpiOwner = { readonly kind: 'journey' } | { readonly kind: 'stage' | 'touchpoint'; readonly id: string };

export interface CompareView {
  /** The compared (current-state) journey, narrowed to the view's persona when it has that persona. */
  readonly journey: Journey;
  /** diffJourneys(compared, this): touchpoint-added is new here, touchpoint-removed is gone. */
  readonly changes: readonly JourneyChange[];
  /** Touchpoint ids of this journey that the compared one lacks. */
  readonly added: ReadonlySet<string>;
  /** Per stage id of the compared journey, its touchpoints that this journey dropped, in order. */
  readonly removed: Readonly<Record<string, readonly { readonly id: string; readonly name: string }[]>>;
  /** The compared journey's KPIs by owner and name (see kpiKey). */
  readonly kpis: ReadonlyMap<string, Kpi>;
  /**
   * Touchpoint ids of this journey, not new, that changed (a field, an emotion, a KPI, its place),
   * when the view asked for them (`journeymap diff --format html`); empty otherwise, so maps
   * with `compare:` keep their look.
   */
  readonly changed: ReadonlySet<string>;
}

/** The touchpoint a change is about, if it is about one. */
export function touchpointOf(change: JourneyChange): string | undefined {
  switch (change.kind) {
    case 'field-changed':
    case 'item-added':
    case 'item-removed':
      return change.target.kind === 'touchpoint' ? change.target.id : undefined;
    case 'emotion-changed':
      return change.touchpoint;
    case 'touchpoint-moved':
      return change.id;
    case 'kpi-added':
    case 'kpi-removed':
    case 'kpi-changed':
    case 'kpi-status':
      return change.owner.kind === 'touchpoint' ? change.owner.id : undefined;
    default:
      return undefined;
  }
}

export const kpiKey = (owner: KpiOwner, name: string): string =>
  `${owner.kind === 'journey' ? 'journey' : `${owner.kind}:${owner.id}`}\u0000${name}`;

function kpisByOwner(journey: Journey): Map<string, Kpi> {
  const map = new Map<string, Kpi>();
  const add = (owner: KpiOwner, kpis: readonly Kpi[]) => {
    for (const kpi of kpis) if (!map.has(kpiKey(owner, kpi.name))) map.set(kpiKey(owner, kpi.name), kpi);
  };
  add({ kind: 'journey' }, journey.kpis);
  for (const stage of journey.stages) {
    add({ kind: 'stage', id: stage.id }, stage.kpis);
    for (const tp of stage.touchpoints) add({ kind: 'touchpoint', id: tp.id }, tp.kpis);
  }
  return map;
}

/** The comparison of `journey` (already narrowed) with its `compare`, or undefined without one. */
export function compareView(journey: Journey, persona: string | undefined, markChanged = false): CompareView | undefined {
  const source = journey.compare;
  if (!source) return undefined;
  // A persona the compared journey lacks keeps it whole: its curves are simply not drawn.
  const compared = persona !== undefined && source.personas.some((p) => p.id === persona) ? journeyForPersona(source, persona) : source;
  const changes = diffJourneys(compared, journey);
  const added = new Set<string>();
  const removed: Record<string, { id: string; name: string }[]> = {};
  for (const change of changes) {
    if (change.kind === 'touchpoint-added') added.add(change.id);
    if (change.kind === 'touchpoint-removed') {
      removed[change.stage] ??= [];
      removed[change.stage]?.push({ id: change.id, name: change.name });
    }
  }
  const changed = new Set<string>();
  if (markChanged) {
    for (const change of changes) {
      const id = touchpointOf(change);
      if (id !== undefined && !added.has(id)) changed.add(id);
    }
  }
  return { journey: compared, changes, added, removed, kpis: kpisByOwner(compared), changed };
}

/** The compared journey's KPI of the same name and owner, if any. */
export const comparedKpi = (compare: CompareView | undefined, owner: KpiOwner, name: string): Kpi | undefined =>
  compare?.kpis.get(kpiKey(owner, name));

export interface EmotionShift {
  readonly stage: string;
  readonly persona: string;
  /** Mean emotion of the persona's steps in the stage; undefined where it has none. */
  readonly before?: number;
  readonly after?: number;
}

const mean = (values: readonly number[]): number | undefined =>
  values.length === 0 ? undefined : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/** The emotion change per stage (of this journey, matched by id) and shown persona, for the PDF page. */
export function emotionShifts(journey: Journey, compare: CompareView): EmotionShift[] {
  return journey.stages.flatMap((stage) => {
    const was = compare.journey.stages.find((s) => s.id === stage.id);
    return journey.personas.flatMap((persona) => {
      const values = (s: typeof stage | undefined) =>
        (s?.touchpoints ?? []).flatMap((tp) => {
          const v = tp.personas.includes(persona.id) ? tp.emotion[persona.id] : undefined;
          return v === undefined ? [] : [v];
        });
      const before = mean(values(was));
      const after = mean(values(stage));
      if (before === undefined && after === undefined) return [];
      return [
        { stage: stage.id, persona: persona.id, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) },
      ];
    });
  });
}
