// Which builder makes which lane: the one place that maps a lane id to its lane file.
import type { BuiltinLaneId, Lane } from '../../model/journey.js';
import type { LayoutContext } from '../context.js';
import { failuresCell, storyboardCell, timeCell } from './blueprint-lanes.js';
import { evidenceCell, systemsCell } from './chip-lanes.js';
import { emotionsRow } from './emotions-lane.js';
import { kpisCell } from './kpis-lane.js';
import type { CellBuilder, LaneRow } from './lane.js';
import { cellRow } from './lane.js';
import { opportunitiesCell, painsCell } from './list-lanes.js';
import { ownersCell } from './owners-lane.js';
import { actionsCell, backstageCell, channelsCell, customCell, frontstageCell, notesCell } from './text-lanes.js';
import { thoughtsCell } from './thoughts-lane.js';
import { touchpointsCell } from './touchpoints-lane.js';

const CELLS: Readonly<Record<Exclude<BuiltinLaneId, 'emotions'>, CellBuilder>> = {
  touchpoints: touchpointsCell,
  storyboard: storyboardCell,
  time: timeCell,
  channels: channelsCell,
  actions: actionsCell,
  thoughts: thoughtsCell,
  pains: painsCell,
  opportunities: opportunitiesCell,
  failures: failuresCell,
  frontstage: frontstageCell,
  backstage: backstageCell,
  owners: ownersCell,
  systems: systemsCell,
  kpis: kpisCell,
  evidence: evidenceCell,
  notes: notesCell,
};

/** Builds the row of `lane` with its top edge at y = top. */
export function layoutLane(lane: Lane, ctx: LayoutContext, top: number): LaneRow {
  if (lane.kind === 'custom') return cellRow(lane, ctx, top, customCell(lane.id));
  if (lane.id === 'emotions') return emotionsRow(lane, ctx, top);
  return cellRow(lane, ctx, top, CELLS[lane.id]);
}
