// The kpis lane: each touchpoint's KPIs as stacked cards. Stage KPIs are not here: they sit
// under their stage header (see stage-headers.ts) so they span the stage they measure.
import { SIZES } from '../context.js';
import { kpiCard } from '../kpi-card.js';
import type { CellBuilder } from './lane.js';
import { stack } from './lane.js';

export const kpisCell: CellBuilder = (tp, area, ctx) => {
  if (tp.kpis.length === 0) return undefined;
  return stack(
    area.y,
    8,
    tp.kpis.map((kpi) => (y: number) => {
      const card = kpiCard(kpi, { x: area.x, y, width: Math.min(SIZES.maxCardWidth, area.width) }, ctx, { kind: 'touchpoint', id: tp.id });
      return { height: card.height, nodes: [card.node] };
    }),
  );
};
