// The emotion lane: per persona a smooth curve (d3 line + curveMonotoneX, recorded as
// PathCommand[]) over a -2..2 scale with a neutral line and faint good/bad zones; markers differ
// per persona in shape, colour and dash, and carry a face so good/bad never relies on colour.
// Honest curves: a curve runs only through the columns its persona takes part in; across columns
// it skips, a dotted, lighter bridge shows the gap instead of an invented value. With `compare`
// the current state's curves are drawn faint and dashed behind, through the matching columns.

import { scaleLinear } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import type { Lane } from '../../model/journey.js';
import type { PathCommand, SceneNode } from '../../scene/scene.js';
import { say } from '../../words/say.js';
import type { LayoutContext } from '../context.js';
import { SIZES } from '../context.js';
import { placeCommands, rect, round2 } from '../geometry.js';
import { lineHeight } from '../measure-text.js';
import { createPathRecorder } from '../path-context.js';
import { circlePath, facePath, markerPath } from '../shapes.js';
import { textBlock } from '../text-block.js';
import type { LaneRow } from './lane.js';

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
  const y = scaleLinear()
    .domain([-2, 2])
    .range([top + height - PLOT_PAD, top + PLOT_PAD]);
  const left = ctx.gridX;
  const right = ctx.gridRight;
  const nodes: SceneNode[] = [
    rect(left, y(2), right - left, y(0) - y(2), { fill: theme.colors.positiveZone }),
    rect(left, y(0), right - left, y(-2) - y(0), { fill: theme.colors.negativeZone }),
    {
      kind: 'path',
      commands: [
        { op: 'M', x: left, y: round2(y(0)) },
        { op: 'L', x: right, y: round2(y(0)) },
      ],
      stroke: { color: theme.colors.neutralLine, width: 1, dash: [4, 3] },
    },
  ];
  // Axis labels at the right edge of the lane title cell (its title leaves room: titleReserve).
  const small = { face: 'semibold', size: theme.fontSizes.small } as const;
  const labelX = SIZES.margin + SIZES.laneTitleWidth - SIZES.cellPadX - AXIS_LABEL_WIDTH;
  for (const [value, label] of [
    [2, '+2'],
    [0, '0'],
    [-2, '\u22122'],
  ] as const) {
    const block = textBlock(
      label,
      { x: labelX, y: y(value) - lineHeight(small) / 2, width: AXIS_LABEL_WIDTH },
      { font: small, color: theme.colors.mutedText, anchor: 'end', maxLines: 1 },
    );
    if (block) nodes.push(block.node);
  }
  // Where each persona's point sits on each touchpoint (personas who feel alike side by side).
  const placed = columns.map((column) => {
    const tp = column.touchpoint;
    const values = personas.flatMap((persona) => {
      const value = tp?.personas.includes(persona.id) ? tp.emotion[persona.id] : undefined;
      if (value === undefined) return [];
      const v = Math.max(-2, Math.min(2, value));
      return [{ id: persona.id, y: y(v), value: v }];
    });
    const offsets = sideBySide(values, column.width - 2 * SIZES.cellPadX);
    return new Map(values.map((p) => [p.id, { x: column.x + column.width / 2 + (offsets.get(p.id) ?? 0), y: p.y, value: p.value }]));
  });
  // The compared journey's curves first, so this journey's are drawn over them.
  nodes.push(...comparedCurves(ctx, (v) => y(Math.max(-2, Math.min(2, v)))));
  personas.forEach((persona) => {
    const points = placed.flatMap((column, index) => {
      const point = column.get(persona.id);
      return point ? [{ ...point, index }] : [];
    });
    if (points.length === 0) return;
    const children: SceneNode[] = [];
    const stroke = { color: persona.color, width: 2.5, ...(persona.dash ? { dash: persona.dash } : {}) };
    for (const run of runs(points)) if (run.length > 1) children.push({ kind: 'path', commands: curve(run), stroke });
    const gaps = bridges(points);
    if (gaps.length > 0) {
      children.push({
        kind: 'group',
        role: 'emotion-gap',
        label: say(ctx.words, 'emotion.gapOf', { persona: persona.name }),
        children: gaps.map(([a, b]) => ({
          kind: 'path',
          commands: [
            { op: 'M', x: round2(a.x), y: round2(a.y) },
            { op: 'L', x: round2(b.x), y: round2(b.y) },
          ],
          stroke: { color: persona.color, width: 1.5, dash: GAP_DASH },
          opacity: 0.55,
        })),
      });
    }
    for (const p of points) {
      children.push(
        {
          kind: 'path',
          commands: placeCommands(markerPath(persona.marker), p.x, p.y, SIZES.markerRadius),
          fill: persona.color,
          stroke: { color: '#ffffff', width: 1.5 },
        },
        {
          kind: 'path',
          commands: placeCommands(facePath(p.value), p.x, p.y, SIZES.markerRadius),
          stroke: { color: '#ffffff', width: 1.3 },
        },
      );
    }
    nodes.push({
      kind: 'group',
      role: 'emotion-curve',
      ref: { kind: 'persona', id: persona.id },
      personas: [persona.id],
      label: say(ctx.words, 'map.emotionCurveOf', { persona: persona.name }),
      children,
    });
  });
  return { height, nodes, titleReserve: AXIS_LABEL_WIDTH + 6 };
}

/** The dotted bridge's dash: round dots, unlike any persona's dash pattern. */
export const GAP_DASH: readonly number[] = [1.5, 4];
/** The compared journey's curves: faint, thin and dashed, never mistaken for this journey's. */
export const COMPARE_DASH: readonly number[] = [6, 4];
export const COMPARE_OPACITY = 0.55;

type Point = { readonly x: number; readonly y: number; readonly index: number };
/** A compared touchpoint's point: its column here (`index`) and its place in the compared journey (`order`). */
type CurvePoint = Point & { readonly order: number };

/** Consecutive runs of points: a new run starts where a column is skipped. */
export function runs<P extends Point>(points: readonly P[]): P[][] {
  const out: P[][] = [];
  for (const p of points) {
    const last = out.at(-1);
    const prev = last?.at(-1);
    if (last && prev && p.index === prev.index + 1) last.push(p);
    else out.push([p]);
  }
  return out;
}

/** Pairs of neighbouring points with skipped columns between them. */
export function bridges<P extends Point>(points: readonly P[]): [P, P][] {
  return points.flatMap((p, i) => {
    const next = points[i + 1];
    return next && next.index > p.index + 1 ? [[p, next] as [P, P]] : [];
  });
}

function curve(points: readonly { x: number; y: number }[]): PathCommand[] {
  const recorder = createPathRecorder();
  line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveMonotoneX)
    // d3 types the context as a full canvas; line() + curveMonotoneX only ever call moveTo,
    // lineTo, bezierCurveTo and closePath, which is exactly what PathRecorder implements.
    .context(recorder as unknown as CanvasRenderingContext2D)(points);
  return recorder.commands;
}

/**
 * Per shown persona, the compared journey's curve: a segment joins two of its touchpoints only
 * where they are neighbours in the compared journey (the persona took both steps, one after the
 * other) and neighbouring columns here too. Where the future reorders, removes or inserts steps the
 * curve stops, as an honest curve does, instead of drawing a diagonal across other columns.
 */
function comparedCurves(ctx: LayoutContext, yOf: (value: number) => number): SceneNode[] {
  const compare = ctx.compare;
  if (!compare) return [];
  const columnOf = new Map(ctx.columns.flatMap((c) => (c.touchpoint ? [[c.touchpoint.id, c] as const] : [])));
  const before = compare.journey.stages.flatMap((s) => s.touchpoints);
  return ctx.personas.flatMap((persona): SceneNode[] => {
    if (!compare.journey.personas.some((p) => p.id === persona.id)) return [];
    const curveRuns: CurvePoint[][] = [];
    before.forEach((tp, order) => {
      const column = columnOf.get(tp.id);
      const value = tp.personas.includes(persona.id) ? tp.emotion[persona.id] : undefined;
      if (!column || value === undefined) return;
      const point = { x: column.x + column.width / 2, y: yOf(value), index: column.index, order };
      const run = curveRuns.at(-1);
      const prev = run?.at(-1);
      if (run && prev && prev.order === order - 1 && prev.index === column.index - 1) run.push(point);
      else curveRuns.push([point]);
    });
    if (curveRuns.length === 0) return [];
    const stroke = { color: persona.color, width: 2.5, dash: COMPARE_DASH };
    const children: SceneNode[] = curveRuns.map((run) =>
      run.length > 1
        ? { kind: 'path', commands: curve(run), stroke, opacity: COMPARE_OPACITY }
        : {
            kind: 'path',
            commands: placeCommands(circlePath(0, 0, 1), run[0]!.x, run[0]!.y, 3),
            fill: persona.color,
            opacity: COMPARE_OPACITY,
          },
    );
    return [
      {
        kind: 'group',
        role: 'compare-curve',
        ref: { kind: 'persona', id: persona.id },
        personas: [persona.id],
        label: say(ctx.words, 'compare.curveOf', { persona: persona.name }),
        children,
      },
    ];
  });
}
