// The journey facts the page's script shows in its details panel, as a small JSON view model,
// and the one safe way to put JSON inside a <script> element. No geometry, no markup.
import type { Kpi, Touchpoint } from '../../model/journey.js';
import { withUnit } from '../../scene/number-label.js';
import { detailHref, detailOutputStem } from '../../view/detail-link.js';
import { formatDuration } from '../../view/format-duration.js';
import { journeyTime } from '../../view/journey-time.js';
import type { JourneyView } from '../../view/journey-view.js';
import { laneTitle } from '../../view/lane-title.js';
import type { WordId, Words } from '../../words/say.js';
import { seriesFacts } from '../summary-data.js';
import { signedNumber } from './html-table.js';

/** The catalogue ids the page's script shows (it holds no words of its own): the panel's words. */
export const CLIENT_WORD_IDS = [
  'text.quoted',
  'kpi.met',
  'kpi.missed',
  'kpi.noValue',
  'kpi.lowerIsBetter',
  'kpi.higherIsBetter',
  'html.kpiTarget',
  'html.emotion.veryNegative',
  'html.emotion.negative',
  'html.emotion.neutral',
  'html.emotion.positive',
  'html.emotion.veryPositive',
  'mark.momentOfTruth',
  'evidence.of',
  'evidence.assumption',
  'evidence.research',
  'evidence.data',
  'lane.emotions',
  'lane.pains',
  'lane.opportunities',
  'lane.frontstage',
  'lane.backstage',
  'lane.systems',
  'lane.kpis',
  'lane.notes',
  'html.personas',
  'html.details',
  'html.tableView',
  'html.mapView',
  'client.detailsKicker',
  'client.detailsEmpty',
  'client.keyboard',
  'client.keys',
  'client.close',
  'client.closed',
  'client.showing',
  'client.showDetails',
  'client.action',
  'client.thought',
  'client.owner',
  'client.link',
  'client.journeyKpis',
  'client.time',
  'time.wait',
  'time.duration',
  'time.longestWait',
  'client.fails',
  'client.recovery',
  'failure.noRecovery',
  'client.handoffs',
  'handoff.label',
  'handoff.riskyLabel',
  'client.detailMap',
  'client.series',
  'client.seriesFrom',
] as const satisfies readonly WordId[];

export type ClientWordId = (typeof CLIENT_WORD_IDS)[number];
/** The client's words, `{slot}`s unfilled (the script fills them). */
export type ClientWords = { readonly [K in ClientWordId]: string };

const clientWords = (words: Words): ClientWords =>
  Object.fromEntries(CLIENT_WORD_IDS.map((id) => [id, words[id]])) as Record<ClientWordId, string>;

export interface KpiView {
  readonly name: string;
  readonly value?: number;
  readonly target?: number;
  readonly baseline?: number;
  readonly unit?: string;
  readonly better: 'higher' | 'lower';
  readonly source?: string;
  readonly met?: boolean;
  /** The value with its unit as the map writes it ("12 min"), so the script never formats numbers. */
  readonly valueText?: string;
  /** The target with ≥ or ≤ (from `better`) and its unit: "≤ 3 min". */
  readonly targetText?: string;
  /** Language 1.1 `data`: the series, formatted by the view's one formatter ("Oct 2026", "93%"). */
  readonly series?: {
    readonly source: string;
    readonly asOf: string;
    readonly points: readonly { readonly date: string; readonly text: string }[];
  };
}

export interface TouchpointView {
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly channel?: string;
  /** Persona ids; every persona when the touchpoint named none. */
  readonly personas: readonly string[];
  readonly action?: string;
  readonly thought?: string;
  /** In persona order, only personas with a value. */
  /** `text` is the value as the locale writes it ('+1,5' in de), from the view's formatter. */
  readonly emotions: readonly { readonly persona: string; readonly value: number; readonly text: string }[];
  readonly pains: readonly string[];
  readonly opportunities: readonly string[];
  readonly frontstage?: string;
  readonly backstage?: string;
  readonly owner?: string;
  readonly systems: readonly string[];
  readonly critical: boolean;
  readonly evidence: string;
  readonly link?: string;
  readonly notes?: string;
  readonly kpis: readonly KpiView[];
  /** Custom lane texts with their lane titles, in lane order. */
  readonly fields: readonly { readonly title: string; readonly text: string }[];
  /** The wait before the step and its duration, formatted as on the map ('1 h 30 min'). */
  readonly wait?: string;
  readonly duration?: string;
  /** Whether this step has the journey's longest wait. */
  readonly longestWait: boolean;
  readonly fails: readonly string[];
  readonly recovery?: string;
  /** The handoff into this step (the owner changes here). */
  readonly handoff?: { readonly from: string; readonly to: string; readonly risky: boolean };
  /** The detail map's page, relative to this page ('details/door.html'). */
  readonly detail?: string;
}

export interface DetailsData {
  readonly title: string;
  readonly personas: readonly { readonly id: string; readonly name: string; readonly color: string }[];
  readonly lanes: readonly { readonly id: string; readonly title: string }[];
  /** Journey-level KPIs (shown when no touchpoint is selected). */
  readonly kpis: readonly KpiView[];
  readonly touchpoints: readonly TouchpointView[];
  /** Every word the page's script shows, from the view's catalogue. */
  readonly words: ClientWords;
}

const kpiViewOf =
  (view: JourneyView) =>
  (k: Kpi): KpiView => {
    const facts = seriesFacts(k, view.words, view.format);
    return {
      name: k.name,
      value: k.value,
      target: k.target,
      baseline: k.baseline,
      unit: k.unit,
      better: k.better,
      source: k.source,
      met: k.met,
      valueText: k.value === undefined ? undefined : withUnit(view.format.number(k.value), k.unit),
      targetText:
        k.target === undefined
          ? undefined
          : `${k.better === 'lower' ? '\u2264' : '\u2265'} ${withUnit(view.format.number(k.target), k.unit)}`,
      ...(facts
        ? {
            series: {
              source: facts.source,
              asOf: facts.asOf,
              points: facts.points.map((p) => ({ date: view.format.date(p.date), text: withUnit(view.format.number(p.value), k.unit) })),
            },
          }
        : {}),
    };
  };

/** `longest`: the id of the journey's longest-waiting step (journeyTime, computed once per page). */
function touchpointView(view: JourneyView, stageName: string, t: Touchpoint, longest: string | undefined): TouchpointView {
  const { journey, words } = view;
  const handoff = journey.handoffs.find((h) => h.to === t.id);
  const customFields = journey.lanes.flatMap((lane) => {
    const text = lane.kind === 'custom' ? t.fields[lane.id] : undefined;
    return text === undefined ? [] : [{ title: laneTitle(lane, words), text }];
  });
  return {
    id: t.id,
    name: t.name,
    stage: stageName,
    channel: t.channel?.name,
    personas: t.personas,
    action: t.action,
    thought: t.thought,
    emotions: journey.personas.flatMap((p) => {
      const value = t.emotion[p.id];
      return value === undefined ? [] : [{ persona: p.id, value, text: signedNumber(value, view.format) }];
    }),
    pains: t.pains,
    opportunities: t.opportunities,
    frontstage: t.frontstage,
    backstage: t.backstage,
    owner: t.owner,
    systems: t.systems,
    critical: t.critical,
    evidence: t.evidence,
    link: t.link,
    notes: t.notes,
    kpis: t.kpis.map(kpiViewOf(view)),
    fields: customFields,
    wait: t.wait && formatDuration(t.wait.seconds, words),
    duration: t.duration && formatDuration(t.duration.seconds, words),
    longestWait: t.wait !== undefined && longest === t.id,
    fails: t.fails,
    recovery: t.recovery,
    handoff: handoff && { from: handoff.fromOwner, to: handoff.toOwner, risky: handoff.risky },
    detail: t.map === undefined ? undefined : detailHref(detailOutputStem(journey, t.map, view), 'html'),
  };
}

/** The page's data for the view: its personas in their map colours, its touchpoints. */
export function detailsData(view: JourneyView): DetailsData {
  const { journey, words } = view;
  const longest = journeyTime(journey).longestWait?.touchpoint;
  return {
    title: journey.title,
    personas: view.personas.map((p) => ({ id: p.id, name: p.name, color: p.color })),
    lanes: journey.lanes.map((l) => ({ id: l.id, title: laneTitle(l, words) })),
    kpis: journey.kpis.map(kpiViewOf(view)),
    touchpoints: journey.stages.flatMap((s) => s.touchpoints.map((t) => touchpointView(view, s.name, t, longest))),
    words: clientWords(words),
  };
}

/**
 * JSON that is safe as the text of a <script type="application/json"> element: `<`, `>` and `&`
 * become \u escapes so no `</script>` or `<!--` can end or confuse the element, and U+2028/U+2029
 * are escaped for old parsers. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
