// Thoughts: the touchpoint's inner voice in a speech bubble with curly quotes and a tail, so it
// reads as speech at a glance (Inter has no italic bundled, so no italics).
import type { PathCommand } from '../../scene/scene.js';
import { say } from '../../words/say.js';
import { SIZES } from '../context.js';
import { rect, round2 } from '../geometry.js';
import { textBlock } from '../text-block.js';
import type { CellBuilder } from './lane.js';

const PAD = 8;
const TAIL = 7;

export const thoughtsCell: CellBuilder = (tp, area, ctx) => {
  if (tp.thought === undefined || tp.thought.trim() === '') return undefined;
  const text = say(ctx.words, 'text.quoted', { text: tp.thought.trim() });
  const block = textBlock(
    text,
    { x: area.x + PAD, y: area.y + PAD, width: area.width - 2 * PAD },
    {
      memo: ctx.text,
      font: { face: 'regular', size: ctx.theme.fontSizes.body },
      color: ctx.theme.colors.text,
      maxLines: SIZES.maxCellLines,
    },
  );
  if (!block) return undefined;
  const h = block.height + 2 * PAD;
  const bottom = area.y + h;
  const tail: PathCommand[] = [
    { op: 'M', x: round2(area.x + 14), y: round2(bottom - 1) },
    { op: 'L', x: round2(area.x + 12), y: round2(bottom + TAIL) },
    { op: 'L', x: round2(area.x + 24), y: round2(bottom - 1) },
  ];
  const fill = ctx.theme.colors.laneTitleBackground;
  const border = { color: ctx.theme.colors.cardBorder, width: 1 };
  return {
    height: h + TAIL,
    nodes: [
      rect(area.x, area.y, area.width, h, { fill, stroke: border, radius: 10 }),
      { kind: 'path', commands: [...tail, { op: 'Z' }], fill },
      { kind: 'path', commands: tail, stroke: border },
      block.node,
    ],
  };
};
