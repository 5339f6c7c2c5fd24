// What the summary pages and slides show beyond the map, derived once from the view's journey:
// every KPI with where it belongs and its status, and the pains and opportunities by owner.
// Pure data (no drawing): the PDF summary pages, the pptx slides and the xlsx sheets share it.
import type { Journey, Kpi, Stage, Touchpoint } from '../model/journey.js';

export interface KpiRow {
  readonly kpi: Kpi;
  readonly where: string;
}

/** Journey KPIs first, then each stage's own KPIs followed by its touchpoints' KPIs. */
export function collectKpis(journey: Journey): KpiRow[] {
  const rows: KpiRow[] = journey.kpis.map((kpi) => ({ kpi, where: 'Journey' }));
  for (const stage of journey.stages) {
    rows.push(...stage.kpis.map((kpi) => ({ kpi, where: `Stage: ${stage.name}` })));
    for (const tp of stage.touchpoints) {
      rows.push(...tp.kpis.map((kpi) => ({ kpi, where: `${stage.name} › ${tp.name}` })));
    }
  }
  return rows;
}

/** Status words carry the meaning without colour; Inter has the ✓ and ✗ glyphs. */
export const statusText = (kpi: Kpi): string =>
  kpi.met === true ? '✓ Met' : kpi.met === false ? '✗ Missed' : 'No target';

export const NO_OWNER = 'No owner';

export interface ActionItem {
  readonly kind: 'pain' | 'opportunity';
  readonly text: string;
  readonly touchpoint: Touchpoint;
}

export interface OwnerGroup {
  readonly owner: string;
  readonly items: readonly ActionItem[];
}

/** Owners in order of first appearance in the stage, "No owner" last. */
export function groupByOwner(stage: Stage): OwnerGroup[] {
  const groups = new Map<string, ActionItem[]>();
  for (const touchpoint of stage.touchpoints) {
    const items: ActionItem[] = [
      ...touchpoint.pains.map((text) => ({ kind: 'pain' as const, text, touchpoint })),
      ...touchpoint.opportunities.map((text) => ({ kind: 'opportunity' as const, text, touchpoint })),
    ];
    if (items.length === 0) continue;
    const owner = touchpoint.owner ?? NO_OWNER;
    groups.set(owner, [...(groups.get(owner) ?? []), ...items]);
  }
  const owners = [...groups.keys()].sort((a, b) => Number(a === NO_OWNER) - Number(b === NO_OWNER));
  return owners.map((owner) => ({ owner, items: groups.get(owner) ?? [] }));
}
