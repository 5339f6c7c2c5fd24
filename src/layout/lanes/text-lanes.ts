// Lanes that are one paragraph of text per touchpoint: actions, frontstage, backstage, notes and
// custom lanes (fields), plus channels, which lead with an icon (owners: owners-lane.ts).
import type { Touchpoint } from '../../model/journey.js';
import type { SceneNode } from '../../scene/scene.js';
import type { LayoutContext } from '../context.js';
import { SIZES } from '../context.js';
import { placeCommands } from '../geometry.js';
import type { Icon } from '../icons.js';
import { iconForChannel } from '../icons.js';
import { lineHeight } from '../measure-text.js';
import { textBlock } from '../text-block.js';
import type { CellArea, CellBuilder, CellContent } from './lane.js';

export function paragraph(text: string | undefined, area: CellArea, ctx: LayoutContext): CellContent | undefined {
  if (text === undefined) return undefined;
  const block = textBlock(text, area, {
    memo: ctx.text,
    font: { face: 'regular', size: ctx.theme.fontSizes.body },
    color: ctx.theme.colors.text,
    maxLines: SIZES.maxCellLines,
  });
  return block && { height: block.height, nodes: [block.node] };
}

export const ICON_SIZE = 14;

/** An icon's path node in a size x size box at (x, y). */
export function iconNode(icon: Icon, x: number, y: number, size: number, color: string): SceneNode {
  const commands = placeCommands(icon.commands, x, y, size / 16);
  return icon.filled ? { kind: 'path', commands, fill: color } : { kind: 'path', commands, stroke: { color, width: 1.25 } };
}

/** Icon at the left of the first text line, text beside it. */
export function iconText(
  icon: Icon,
  text: string | undefined,
  area: CellArea,
  ctx: LayoutContext,
  maxLines = SIZES.maxCellLines,
): CellContent | undefined {
  if (text === undefined) return undefined;
  const font = { face: 'regular', size: ctx.theme.fontSizes.body } as const;
  const gap = 6;
  const block = textBlock(
    text,
    { x: area.x + ICON_SIZE + gap, y: area.y, width: area.width - ICON_SIZE - gap },
    { memo: ctx.text, font, color: ctx.theme.colors.text, maxLines },
  );
  if (!block) return undefined;
  const iconY = area.y + (lineHeight(font) - ICON_SIZE) / 2;
  return {
    height: Math.max(block.height, ICON_SIZE),
    nodes: [iconNode(icon, area.x, iconY, ICON_SIZE, ctx.theme.colors.mutedText), block.node],
  };
}

const field =
  (get: (tp: Touchpoint) => string | undefined): CellBuilder =>
  (tp, area, ctx) =>
    paragraph(get(tp), area, ctx);

export const actionsCell = field((tp) => tp.action);
export const frontstageCell = field((tp) => tp.frontstage);
export const backstageCell = field((tp) => tp.backstage);
export const notesCell = field((tp) => tp.notes);
export const customCell = (laneId: string): CellBuilder =>
  field((tp) => (Object.hasOwn(tp.fields, laneId) ? tp.fields[laneId] : undefined));

export const channelsCell: CellBuilder = (tp, area, ctx) => iconText(iconForChannel(tp.channel, ctx.journey), tp.channel?.name, area, ctx);
