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

const PLOT_PAD = 20;
const AXIS_LABEL_WIDTH = 22;

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
  const n = personas.length;
  const spread = Math.min(6, 24 / Math.max(1, n));
  personas.forEach((persona, i) => {
    // Spread personas a few px apart so equal values on one touchpoint stay distinguishable.
    const dx = (i - (n - 1) / 2) * spread;
    const points: { x: number; y: number; value: number }[] = [];
    for (const column of columns) {
      const tp = column.touchpoint;
      if (!tp || !tp.personas.includes(persona.id)) continue;
      const value = tp.emotion[persona.id];
      if (value === undefined) continue;
      const v = Math.max(-2, Math.min(2, value));
      points.push({ x: column.x + column.width / 2 + dx, y: y(v), value: v });
    }
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
    nodes.push({ kind: 'group', role: 'emotion-curve', ref: { kind: 'persona', id: persona.id }, personas: [persona.id], label: `Emotion curve of ${persona.name}`, children });
  });
  return { height, nodes, titleReserve: AXIS_LABEL_WIDTH + 6 };
}
