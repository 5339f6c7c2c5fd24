// A KPI's series as a sparkline: a thin line over the card's text width, scaled to the series'
// own range, with a dot on the latest point. Geometry only; the card adds the "as of" words.
import type { KpiSeries } from '../model/journey.js';
import type { SceneNode } from '../scene/scene.js';
import { placeCommands, round2 } from './geometry.js';
import { circlePath } from './shapes.js';

export const SPARKLINE_HEIGHT = 22;
const DOT = 2.5;

export function sparkline(series: KpiSeries, at: { x: number; y: number; width: number }, color: string): SceneNode[] {
  const values = series.points.map((p) => p.value);
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  // Room for the dot at both ends and at the top and bottom.
  const left = at.x + DOT;
  const width = at.width - 2 * DOT;
  const top = at.y + DOT;
  const height = SPARKLINE_HEIGHT - 2 * DOT;
  const px = (i: number) => round2(values.length === 1 ? left + width : left + (i / (values.length - 1)) * width);
  const py = (v: number) => round2(max === min ? top + height / 2 : top + ((max - v) / (max - min)) * height);
  const nodes: SceneNode[] = [];
  if (values.length > 1) {
    nodes.push({
      kind: 'path',
      commands: values.map((v, i) => ({ op: i === 0 ? 'M' : 'L', x: px(i), y: py(v) }) as const),
      stroke: { color, width: 1.5 },
    });
  }
  const last = values.length - 1;
  nodes.push({ kind: 'path', commands: placeCommands(circlePath(0, 0, 1), px(last), py(values[last] as number), DOT), fill: color });
  return nodes;
}
