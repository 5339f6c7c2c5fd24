// The owners lane: each step's owner (person icon + name) and, where the owner changes (a handoff,
// found by the compiler), a marker first: an arrow across the boundary into this column and "Handoff
// from <owner>"; a risky one (into a moment of truth or a failing step) in the pain colour with the
// failure triangle and the word "Risky", so it never relies on colour alone.
import type { SceneNode } from '../../scene/scene.js';
import { say } from '../../words/say.js';
import { BLUEPRINT_ICONS } from '../blueprint-icons.js';
import { SIZES } from '../context.js';
import { ICONS } from '../icons.js';
import { lineHeight } from '../measure-text.js';
import { textBlock } from '../text-block.js';
import { failureMarker } from './blueprint-lanes.js';
import type { CellBuilder, CellContent } from './lane.js';
import { stack } from './lane.js';
import { ICON_SIZE, iconNode, iconText } from './text-lanes.js';

const MARKER_R = 5.5;

export const ownersCell: CellBuilder = (tp, area, ctx) => {
  const handoff = ctx.journey.handoffs.find((h) => h.to === tp.id);
  const c = ctx.theme.colors;
  const marker = (y: number): CellContent | undefined => {
    if (!handoff) return undefined;
    const font = { face: 'semibold', size: ctx.theme.fontSizes.small } as const;
    const color = handoff.risky ? c.pain : c.mutedText;
    const indent = handoff.risky ? 2 * MARKER_R + 5 : 0;
    const text = say(ctx.words, handoff.risky ? 'handoff.riskyFrom' : 'handoff.from', { owner: handoff.fromOwner });
    const block = textBlock(text, { x: area.x + indent, y, width: area.width - indent }, { memo: ctx.text, font, color, maxLines: 2 });
    if (!block) return undefined;
    const mid = y + lineHeight(font) / 2;
    // The arrow sits in the gutter between this column and the one before: the boundary the work crosses.
    const arrow = iconNode(
      BLUEPRINT_ICONS.arrow,
      area.x - SIZES.cellPadX - ICON_SIZE / 2,
      mid - ICON_SIZE / 2,
      ICON_SIZE,
      handoff.risky ? c.pain : c.accent,
    );
    const children: SceneNode[] = [arrow, ...(handoff.risky ? failureMarker(area.x + MARKER_R, mid, c.pain, MARKER_R) : []), block.node];
    const label = say(ctx.words, handoff.risky ? 'handoff.riskyLabel' : 'handoff.label', { from: handoff.fromOwner, to: handoff.toOwner });
    return { height: block.height, nodes: [{ kind: 'group', role: 'handoff', label, children }] };
  };
  return stack(area.y, 5, [marker, (y) => iconText(ICONS.person, tp.owner, { ...area, y }, ctx)]);
};
