// The touchpoints lane: per touchpoint a "moment of truth" flag when critical, the channel (icon
// + name), the touchpoint name, and persona markers when only some personas take part.
import type { SceneNode } from '../../scene/scene.js';
import { inkOn } from '../../theme/contrast.js';
import { say } from '../../words/say.js';
import { SIZES } from '../context.js';
import { placeCommands } from '../geometry.js';
import { iconForChannel } from '../icons.js';
import { lineHeight } from '../measure-text.js';
import { markerPath, starPath } from '../shapes.js';
import { textBlock } from '../text-block.js';
import { chip } from './chip-lanes.js';
import { detailBadge } from './detail-badge.js';
import type { CellBuilder, CellContent } from './lane.js';
import { stack } from './lane.js';
import { ICON_SIZE, iconNode } from './text-lanes.js';

export const touchpointsCell: CellBuilder = (tp, area, ctx) => {
  const { theme } = ctx;
  const small = { face: 'regular', size: theme.fontSizes.small } as const;
  const flag = (y: number): CellContent | undefined => {
    if (!tp.critical) return undefined;
    const font = { face: 'semibold', size: theme.fontSizes.small } as const;
    const block = textBlock(
      say(ctx.words, 'mark.momentOfTruth.caps'),
      { x: area.x + 16, y, width: area.width - 16 },
      { memo: ctx.text, font, color: inkOn(theme.colors.critical, theme.colors.background, theme), maxLines: 1 },
    );
    if (!block) return undefined;
    const star: SceneNode = {
      kind: 'path',
      commands: placeCommands(starPath(), area.x + 6, y + lineHeight(font) / 2, 6.5),
      fill: theme.colors.critical,
    };
    return { height: block.height, nodes: [star, block.node] };
  };
  const channel = (y: number): CellContent | undefined => {
    if (!tp.channel) return undefined;
    const gap = 6;
    const block = textBlock(
      tp.channel.name,
      { x: area.x + ICON_SIZE + gap, y, width: area.width - ICON_SIZE - gap },
      { memo: ctx.text, font: small, color: theme.colors.mutedText, maxLines: 1 },
    );
    if (!block) return undefined;
    const icon = iconNode(
      iconForChannel(tp.channel, ctx.journey),
      area.x,
      y + (block.height - ICON_SIZE) / 2,
      ICON_SIZE,
      theme.colors.mutedText,
    );
    return { height: Math.max(ICON_SIZE, block.height), nodes: [icon, block.node] };
  };
  const name = (y: number): CellContent | undefined => {
    const block = textBlock(
      tp.name,
      { x: area.x, y, width: area.width },
      {
        memo: ctx.text,
        font: { face: 'semibold', size: theme.fontSizes.body + 1.5 },
        color: theme.colors.text,
        maxLines: SIZES.maxCellLines,
      },
    );
    return block && { height: block.height, nodes: [block.node] };
  };
  const personas = (y: number): CellContent | undefined => {
    if (ctx.personas.length < 2 || tp.personas.length >= ctx.personas.length) return undefined;
    const r = 4.5;
    const step = 2 * r + 6;
    const perRow = Math.max(1, Math.floor(area.width / step));
    const taking = ctx.personas.filter((p) => tp.personas.includes(p.id));
    const nodes: SceneNode[] = taking.map((p, i) => ({
      kind: 'path',
      commands: placeCommands(markerPath(p.marker), area.x + r + 1.5 + (i % perRow) * step, y + r + 2 + Math.floor(i / perRow) * step, r),
      fill: p.color,
    }));
    return { height: Math.ceil(taking.length / perRow) * step, nodes };
  };
  // As-is vs to-be: a step the compared (current-state) journey does not have is tagged new
  // (text on the page, outlined in the opportunity colour: white on it fails 4.5:1 in some themes).
  const fresh = (y: number): CellContent | undefined => {
    // The diff page also tags the changed ones, outlined in the text colour (view markChanged).
    const changed = ctx.compare?.changed.has(tp.id) === true;
    if (!changed && !ctx.compare?.added.has(tp.id)) return undefined;
    const outline = changed ? { color: theme.colors.text, width: 1 } : { color: theme.colors.opportunity, width: 1.5 };
    const tag = chip(
      say(ctx.words, changed ? 'compare.changed.caps' : 'compare.new.caps'),
      area.x,
      y,
      area.width,
      { fill: theme.colors.background, stroke: outline, text: theme.colors.text, semibold: true },
      ctx,
    );
    if (!tag) return undefined;
    const group: SceneNode = {
      kind: 'group',
      role: changed ? 'changed-touchpoint' : 'new-touchpoint',
      ref: { kind: 'touchpoint', id: tp.id },
      label: say(ctx.words, changed ? 'compare.changedOf' : 'compare.newOf', { touchpoint: tp.name }),
      children: tag.nodes,
    };
    return { height: tag.height, nodes: [group] };
  };
  return stack(area.y, 6, [fresh, flag, channel, name, (y) => detailBadge(tp, area, ctx, y), personas]);
};
