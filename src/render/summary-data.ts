// What the summary pages and slides show beyond the map, derived once from the view's journey: every
// KPI with where it belongs and its status, and the pains and opportunities (plus failure points and
// handoffs for the PDF action list) by owner. Pure data: PDF pages, pptx slides and xlsx sheets share it.
import type { Handoff, Journey, Kpi, Persona, Stage, Touchpoint } from '../model/journey.js';
import { kpiStatus } from '../model/kpi-met.js';
import type { Formats } from '../view/formats.js';
import { KPI_STATUS_WORD } from '../words/kpi-status-word.js';
import { say, type Words } from '../words/say.js';

export interface KpiRow {
  readonly kpi: Kpi;
  readonly where: string;
}

/** Journey KPIs first, then each stage's own KPIs followed by its touchpoints' KPIs. */
export function collectKpis(journey: Journey, words: Words): KpiRow[] {
  const rows: KpiRow[] = journey.kpis.map((kpi) => ({ kpi, where: say(words, 'kpi.where.journey') }));
  for (const stage of journey.stages) {
    rows.push(...stage.kpis.map((kpi) => ({ kpi, where: say(words, 'kpi.where.stage', { stage: stage.name }) })));
    for (const tp of stage.touchpoints) {
      rows.push(...tp.kpis.map((kpi) => ({ kpi, where: `${stage.name} › ${tp.name}` })));
    }
  }
  return rows;
}

/**
 * The map's status words (On target / Off target / No value yet / No target) with a ✓ or ✗ in
 * front, so the status never relies on colour alone; Inter has both glyphs.
 */
export const statusText = (kpi: Kpi, words: Words): string => {
  const status = kpiStatus(kpi);
  const mark = status === 'met' ? '✓ ' : status === 'missed' ? '✗ ' : '';
  return `${mark}${say(words, KPI_STATUS_WORD[status])}`;
};

/** A KPI's series as the summaries show it: the points, oldest first, and the latest date formatted. */
export interface SeriesFacts {
  readonly points: readonly { readonly date: string; readonly value: number }[];
  /** "as of Oct 2026", through the view's one formatter. */
  readonly asOf: string;
  /** The data file (and its column unless `value`). */
  readonly source: string;
}

export function seriesFacts(kpi: Kpi, words: Words, format: Formats): SeriesFacts | undefined {
  const series = kpi.series;
  const last = series?.points.at(-1);
  if (!series || !last) return undefined;
  const source = series.column === 'value' ? series.file : `${series.file} (${series.column})`;
  return { points: series.points, asOf: say(words, 'kpi.asOf', { date: format.date(last.date) }), source };
}

export interface ActionItem {
  /** 'failure' and 'handoff' only when groupByOwner is asked for the blueprint items. */
  readonly kind: 'pain' | 'opportunity' | 'failure' | 'handoff';
  /** The pain, opportunity or failure point; for a handoff "Web → Logistics". */
  readonly text: string;
  readonly touchpoint: Touchpoint;
  /** A handoff's risk (into a moment of truth or a failing step). */
  readonly risky?: boolean;
}

export interface OwnerGroup {
  /** Undefined for the touchpoints without an owner (shown last, as words.owner.none). */
  readonly owner: string | undefined;
  readonly items: readonly ActionItem[];
}

/**
 * Owners in order of first appearance in the stage, touchpoints without an owner last. With
 * `blueprint` (the journey's handoffs), each touchpoint also lists the handoff into it (under the
 * receiving owner) and its failure points, before its pains and opportunities.
 */
export function groupByOwner(stage: Stage, blueprint?: { readonly handoffs: readonly Handoff[] }): OwnerGroup[] {
  const groups = new Map<string | undefined, ActionItem[]>();
  for (const touchpoint of stage.touchpoints) {
    const handoff = blueprint?.handoffs.find((h) => h.to === touchpoint.id);
    const items: ActionItem[] = [
      ...(handoff
        ? [{ kind: 'handoff' as const, text: `${handoff.fromOwner} → ${handoff.toOwner}`, touchpoint, risky: handoff.risky }]
        : []),
      ...(blueprint ? touchpoint.fails.map((text) => ({ kind: 'failure' as const, text, touchpoint })) : []),
      ...touchpoint.pains.map((text) => ({ kind: 'pain' as const, text, touchpoint })),
      ...touchpoint.opportunities.map((text) => ({ kind: 'opportunity' as const, text, touchpoint })),
    ];
    if (items.length === 0) continue;
    const owner = touchpoint.owner;
    groups.set(owner, [...(groups.get(owner) ?? []), ...items]);
  }
  const owners = [...groups.keys()].sort((a, b) => Number(a === undefined) - Number(b === undefined));
  return owners.map((owner) => ({ owner, items: groups.get(owner) ?? [] }));
}

/** A persona's role, age and tech affinity in one line, as persona cards and slides show it. */
export const personaSubtitle = (p: Persona, words: Words): string =>
  [
    p.role,
    p.age !== undefined ? say(words, 'persona.age', { age: p.age }) : undefined,
    p.tech ? say(words, 'persona.tech', { tech: p.tech }) : undefined,
  ]
    .filter((s): s is string => s !== undefined)
    .join(' · ');

/** The footer's left text on summary pages and slides: brand, title, owner and date, as written. */
export const footerLeft = (brand: string | undefined, journey: Journey, words: Words): string =>
  [brand, journey.title, journey.owner, journey.updated ? say(words, 'updated.short', { date: journey.updated }) : undefined]
    .filter((s): s is string => s !== undefined)
    .join(' · ');
