// The "Detail map" badge of a touchpoint whose `map` names a journey detailing it: an outlined pill
// with an open-in icon, in a group that carries the relative output stem of the detail journey
// (view/detail-link.ts); SVG, HTML and PDF turn it into a link to that journey's output.
import type { Touchpoint } from '../../model/journey.js';
import { inkOn } from '../../theme/contrast.js';
import { detailOutputStem } from '../../view/detail-link.js';
import { say } from '../../words/say.js';
import { BLUEPRINT_ICONS } from '../blueprint-icons.js';
import type { LayoutContext } from '../context.js';
import { rect } from '../geometry.js';
import { lineHeight } from '../measure-text.js';
import { boxWidthFor, textBlock } from '../text-block.js';
import type { CellArea, CellContent } from './lane.js';
import { iconNode } from './text-lanes.js';

const PAD_X = 7;
const PAD_Y = 3;
const ICON = 11;

export function detailBadge(tp: Touchpoint, area: CellArea, ctx: LayoutContext, y: number): CellContent | undefined {
  if (tp.map === undefined) return undefined;
  const c = ctx.theme.colors;
  const font = { face: 'semibold', size: ctx.theme.fontSizes.small } as const;
  const text = say(ctx.words, 'detail.badge');
  const textX = area.x + PAD_X + ICON + 5;
  const width = Math.min(area.width, textX - area.x + boxWidthFor(text, font) + PAD_X);
  const block = textBlock(
    text,
    { x: textX, y: y + PAD_Y, width: area.x + width - PAD_X - textX },
    { memo: ctx.text, font, color: inkOn(c.accent, c.background, ctx.theme), maxLines: 1 },
  );
  if (!block) return undefined;
  const height = lineHeight(font) + 2 * PAD_Y;
  return {
    height,
    nodes: [
      {
        kind: 'group',
        role: 'detail-link',
        ref: { kind: 'touchpoint', id: tp.id },
        label: say(ctx.words, 'detail.label', { touchpoint: tp.name }),
        detail: detailOutputStem(ctx.journey, tp.map, ctx),
        children: [
          rect(area.x, y, width, height, { fill: c.background, radius: height / 2, stroke: { color: c.accent, width: 1.25 } }),
          iconNode(BLUEPRINT_ICONS.detail, area.x + PAD_X, y + (height - ICON) / 2, ICON, c.accent),
          block.node,
        ],
      },
    ],
  };
}
