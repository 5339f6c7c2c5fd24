// The emotion lane: per persona a smooth curve (d3 line + curveMonotoneX, recorded as
// PathCommand[]) over a -2..2 scale with a neutral line and faint good/bad zones; markers differ
// per persona in shape, colour and dash, and carry a face so good/bad never relies on colour.
import type { Lane } from '../../model/journey.js';
import type { SceneNode } from '../../scene/scene.js';
import { scaleLinear } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import type { LayoutContext } from '../context.js';
import { SIZES } from '../context.js';
import { placeCommands, rect, round2 } from '../geometry.js';
import { lineHeight } from '../measure-text.js';
import { createPathRecorder } from '../path-context.js';
import { facePath, markerPath } from '../shapes.js';
import { textBlock } from '../text-block.js';
import type { LaneRow } from './lane.js';
import { say } from '../../words/say.js';

const PLOT_PAD = 20;
const AXIS_LABEL_WIDTH = 22;
/** The largest marker shape's reach from its centre, in marker radii (the triangles). */
const MARKER_REACH = 1.25;

/**
 * Horizontal offsets of the personas' points on one touchpoint. Points whose markers would touch
 * (values close together) form a cluster, set side by side around the column's centre in persona
 * order, so no marker hides another; a point with nobody near stays centred.
 */
function sideBySide(points: readonly { id: string; y: number }[], room: number): Map<string, number> {
  const size = 2 * MARKER_REACH * SIZES.markerRadius;
  const offsets = new Map<string, number>();
  const place = (cluster: readonly { id: string; y: number }[]): void => {
    const inOrder = points.filter((p) => cluster.includes(p));
    const k = inOrder.length;
    const step = k > 1 ? Math.min(size + 2, (room - size) / (k - 1)) : 0;
    inOrder.forEach((p, j) => offsets.set(p.id, round2((j - (k - 1) / 2) * step)));
  };
  let cluster: { id: string; y: number }[] = [];
  // Array.prototype.sort is stable: equal values keep persona order, so the result is deterministic.
  for (const p of [...points].sort((a, b) => a.y - b.y)) {
    const last = cluster.at(-1);
    if (last && p.y - last.y > size) {
      place(cluster);
      cluster = [];
    }
    cluster.push(p);
  }
  place(cluster);
  return offsets;
}

export function emotionsRow(_lane: Lane, ctx: LayoutContext, top: number): LaneRow {
  const { theme, columns, personas } = ctx;
  const height = SIZES.emotionLaneHeight;
  const y = scaleLinear().domain([-2, 2]).range([top + height - PLOT_PAD, top + PLOT_PAD]);
  const left = ctx.gridX;
  const right = ctx.gridRight;
  const nodes: SceneNode[] = [
    rect(left, y(2), right - left, y(0) - y(2), { fill: theme.colors.positiveZone }),
    rect(left, y(0), right - left, y(-2) - y(0), { fill: theme.colors.negativeZone }),
    { kind: 'path', commands: [{ op: 'M', x: left, y: round2(y(0)) }, { op: 'L', x: right, y: round2(y(0)) }], stroke: { color: theme.colors.neutralLine, width: 1, dash: [4, 3] } },
  ];
  // Axis labels at the right edge of the lane title cell (its title leaves room: titleReserve).
  const small = { face: 'semibold', size: theme.fontSizes.small } as const;
  const labelX = SIZES.margin + SIZES.laneTitleWidth - SIZES.cellPadX - AXIS_LABEL_WIDTH;
  for (const [value, label] of [[2, '+2'], [0, '0'], [-2, '\u22122']] as const) {
    const block = textBlock(label, { x: labelX, y: y(value) - lineHeight(small) / 2, width: AXIS_LABEL_WIDTH }, { font: small, color: theme.colors.mutedText, anchor: 'end', maxLines: 1 });
    if (block) nodes.push(block.node);
  }
  // Where each persona's point sits on each touchpoint (personas who feel alike side by side).
  const placed = columns.map((column) => {
    const tp = column.touchpoint;
    const values = personas.flatMap((persona) => {
      const value = tp && tp.personas.includes(persona.id) ? tp.emotion[persona.id] : undefined;
      if (value === undefined) return [];
      const v = Math.max(-2, Math.min(2, value));
      return [{ id: persona.id, y: y(v), value: v }];
    });
    const offsets = sideBySide(values, column.width - 2 * SIZES.cellPadX);
    return new Map(values.map((p) => [p.id, { x: column.x + column.width / 2 + (offsets.get(p.id) ?? 0), y: p.y, value: p.value }]));
  });
  personas.forEach((persona) => {
    const points = placed.flatMap((column) => {
      const point = column.get(persona.id);
      return point ? [point] : [];
    });
    if (points.length === 0) return;
    const recorder = createPathRecorder();
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)
      .curve(curveMonotoneX)
      // d3 types the context as a full canvas; line() + curveMonotoneX only ever call moveTo,
      // lineTo, bezierCurveTo and closePath, which is exactly what PathRecorder implements.
      .context(recorder as unknown as CanvasRenderingContext2D)(points);
    const children: SceneNode[] = [];
    if (points.length > 1)
      children.push({ kind: 'path', commands: recorder.commands, stroke: { color: persona.color, width: 2.5, ...(persona.dash ? { dash: persona.dash } : {}) } });
    for (const p of points) {
      children.push(
        { kind: 'path', commands: placeCommands(markerPath(persona.marker), p.x, p.y, SIZES.markerRadius), fill: persona.color, stroke: { color: '#ffffff', width: 1.5 } },
        { kind: 'path', commands: placeCommands(facePath(p.value), p.x, p.y, SIZES.markerRadius), stroke: { color: '#ffffff', width: 1.3 } },
      );
    }
    nodes.push({ kind: 'group', role: 'emotion-curve', ref: { kind: 'persona', id: persona.id }, personas: [persona.id], label: say(ctx.words, 'map.emotionCurveOf', { persona: persona.name }), children });
  });
  return { height, nodes, titleReserve: AXIS_LABEL_WIDTH + 6 };
}
