// Pains and opportunities: marked lists. Each item gets a disc with "−" (pain, red) or "+"
// (opportunity, green), so the kind reads from the symbol as well as the colour.
import type { PathCommand, SceneNode } from '../../scene/scene.js';
import type { LayoutContext } from '../context.js';
import { SIZES } from '../context.js';
import { placeCommands } from '../geometry.js';
import { lineHeight } from '../measure-text.js';
import { circlePath, minusPath, plusPath } from '../shapes.js';
import { textBlock } from '../text-block.js';
import type { CellArea, CellBuilder, CellContent } from './lane.js';
import { stack } from './lane.js';

const R = 5.5;

function markedList(
  items: readonly string[],
  area: CellArea,
  ctx: LayoutContext,
  color: string,
  symbol: PathCommand[],
): CellContent | undefined {
  const font = { face: 'regular', size: ctx.theme.fontSizes.body } as const;
  const indent = 2 * R + 6;
  const maxLines = Math.max(2, Math.floor(SIZES.maxCellLines / Math.max(1, items.length)) + 1);
  return stack(
    area.y,
    6,
    items.map((item) => (y: number) => {
      const block = textBlock(
        item,
        { x: area.x + indent, y, width: area.width - indent },
        { memo: ctx.text, font, color: ctx.theme.colors.text, maxLines },
      );
      if (!block) return undefined;
      const cx = area.x + R;
      const cy = y + lineHeight(font) / 2;
      const nodes: SceneNode[] = [
        { kind: 'path', commands: placeCommands(circlePath(0, 0, 1), cx, cy, R), fill: color },
        { kind: 'path', commands: placeCommands(symbol, cx, cy, R), stroke: { color: '#ffffff', width: 1.6 } },
        block.node,
      ];
      return { height: block.height, nodes };
    }),
  );
}

export const painsCell: CellBuilder = (tp, area, ctx) => markedList(tp.pains, area, ctx, ctx.theme.colors.pain, minusPath());
export const opportunitiesCell: CellBuilder = (tp, area, ctx) =>
  markedList(tp.opportunities, area, ctx, ctx.theme.colors.opportunity, plusPath());
