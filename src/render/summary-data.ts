// What the summary pages and slides show beyond the map, derived once from the view's journey:
// every KPI with where it belongs and its status, and the pains and opportunities by owner.
// Pure data (no drawing): the PDF summary pages, the pptx slides and the xlsx sheets share it.
import type { Journey, Kpi, Stage, Touchpoint } from '../model/journey.js';
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
 * The map's status words (On target / Off target / No target) with a ✓ or ✗ in front, so the
 * status never relies on colour alone; Inter has both glyphs.
 */
export const statusText = (kpi: Kpi, words: Words): string =>
  kpi.met === true ? `✓ ${say(words, 'kpi.met')}` : kpi.met === false ? `✗ ${say(words, 'kpi.missed')}` : say(words, 'kpi.unknown');

export interface ActionItem {
  readonly kind: 'pain' | 'opportunity';
  readonly text: string;
  readonly touchpoint: Touchpoint;
}

export interface OwnerGroup {
  /** Undefined for the touchpoints without an owner (shown last, as words.owner.none). */
  readonly owner: string | undefined;
  readonly items: readonly ActionItem[];
}

/** Owners in order of first appearance in the stage, touchpoints without an owner last. */
export function groupByOwner(stage: Stage): OwnerGroup[] {
  const groups = new Map<string | undefined, ActionItem[]>();
  for (const touchpoint of stage.touchpoints) {
    const items: ActionItem[] = [
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
