// Service blueprint lanes of language 1.1: `time` (wait before the step, and how long it takes),
// `failures` (failure points with a warning-triangle marker, then the recovery) and `storyboard`
// (the step's picture, fitted into the cell). Builds nodes; never measures rows of other lanes.
import type { PathCommand, SceneNode } from '../../scene/scene.js';
import { inkOn } from '../../theme/contrast.js';
import { formatDuration } from '../../view/format-duration.js';
import { say } from '../../words/say.js';
import { BLUEPRINT_ICONS } from '../blueprint-icons.js';
import type { LayoutContext } from '../context.js';
import { SIZES } from '../context.js';
import { placeCommands, round2 } from '../geometry.js';
import type { Icon } from '../icons.js';
import { lineHeight } from '../measure-text.js';
import { textBlock } from '../text-block.js';
import { chip } from './chip-lanes.js';
import type { CellArea, CellBuilder, CellContent } from './lane.js';
import { stack } from './lane.js';
import { ICON_SIZE, iconNode } from './text-lanes.js';

/** A warning triangle with an exclamation mark, radius ~1 around the origin: the failure marker. */
const TRIANGLE: PathCommand[] = [{ op: 'M', x: 0, y: -1 }, { op: 'L', x: 1, y: 0.8 }, { op: 'L', x: -1, y: 0.8 }, { op: 'Z' }];
const EXCLAMATION: PathCommand[] = [
  { op: 'M', x: 0, y: -0.45 },
  { op: 'L', x: 0, y: 0.2 },
  { op: 'M', x: 0, y: 0.42 },
  { op: 'L', x: 0, y: 0.5 },
];
const MARKER_R = 6;
/** The storyboard picture's box: a 4:3 frame as wide as the cell, at most this tall. */
const STORYBOARD_MAX_HEIGHT = 120;

/** An icon beside one line of text (at most 2 lines): the wait and the duration rows. */
function iconLine(symbol: Icon, text: string, area: CellArea, ctx: LayoutContext, y: number, semibold: boolean): CellContent | undefined {
  const font = { face: semibold ? 'semibold' : 'regular', size: ctx.theme.fontSizes.body } as const;
  const gap = 6;
  const block = textBlock(
    text,
    { x: area.x + ICON_SIZE + gap, y, width: area.width - ICON_SIZE - gap },
    { memo: ctx.text, font, color: ctx.theme.colors.text, maxLines: 2 },
  );
  if (!block) return undefined;
  const icon = iconNode(symbol, area.x, y + (lineHeight(font) - ICON_SIZE) / 2, ICON_SIZE, ctx.theme.colors.mutedText);
  return { height: Math.max(block.height, ICON_SIZE), nodes: [icon, block.node] };
}

/**
 * Wait (hourglass) and duration (clock), each normalized by formatDuration ('1 h 30 min', not the
 * author's '1h30m' or '90m'): the stage and journey sums can only be written that way, and one style
 * lets a reader compare a step's wait with its stage's total. The journey's longest wait gets a chip.
 */
export const timeCell: CellBuilder = (tp, area, ctx) => {
  const { wait, duration } = tp;
  if (!wait && !duration) return undefined;
  const longest = wait !== undefined && ctx.time.longestWait?.touchpoint === tp.id;
  const c = ctx.theme.colors;
  return stack(area.y, 5, [
    (y) =>
      wait &&
      iconLine(
        BLUEPRINT_ICONS.hourglass,
        say(ctx.words, 'time.wait', { duration: formatDuration(wait.seconds, ctx.words) }),
        area,
        ctx,
        y,
        true,
      ),
    (y) => {
      if (!longest) return undefined;
      // Outlined in the pain colour with the words themselves: never colour alone.
      const pill = chip(
        say(ctx.words, 'time.longestWait'),
        area.x + ICON_SIZE + 6,
        y,
        area.width - ICON_SIZE - 6,
        { fill: c.background, stroke: { color: c.pain, width: 1.25 }, text: inkOn(c.pain, c.background, ctx.theme), semibold: true },
        ctx,
      );
      return (
        pill && {
          height: pill.height,
          nodes: [
            {
              kind: 'group',
              role: 'longest-wait',
              label: say(ctx.words, 'time.longestWaitOf', { duration: formatDuration(wait?.seconds ?? 0, ctx.words) }),
              children: pill.nodes,
            },
          ],
        }
      );
    },
    (y) =>
      duration &&
      iconLine(
        BLUEPRINT_ICONS.clock,
        say(ctx.words, 'time.duration', { duration: formatDuration(duration.seconds, ctx.words) }),
        area,
        ctx,
        y,
        false,
      ),
  ]);
};

/** The failure marker centred at (cx, cy): a filled triangle in the pain colour with a white "!". */
export function failureMarker(cx: number, cy: number, color: string, r = MARKER_R): SceneNode[] {
  return [
    { kind: 'path', commands: placeCommands(TRIANGLE, cx, cy, r), fill: color },
    { kind: 'path', commands: placeCommands(EXCLAMATION, cx, cy, r), stroke: { color: '#ffffff', width: 1.6 } },
  ];
}

export const failuresCell: CellBuilder = (tp, area, ctx): CellContent | undefined => {
  if (tp.fails.length === 0 && tp.recovery === undefined) return undefined;
  const font = { face: 'regular', size: ctx.theme.fontSizes.body } as const;
  const indent = 2 * MARKER_R + 6;
  const maxLines = Math.max(2, Math.floor(SIZES.maxCellLines / Math.max(1, tp.fails.length + 1)) + 1);
  const items = tp.fails.map((fail) => (y: number) => {
    const block = textBlock(
      fail,
      { x: area.x + indent, y, width: area.width - indent },
      { memo: ctx.text, font, color: ctx.theme.colors.text, maxLines },
    );
    if (!block) return undefined;
    return {
      height: block.height,
      nodes: [...failureMarker(area.x + MARKER_R, y + lineHeight(font) / 2, ctx.theme.colors.pain), block.node],
    };
  });
  const recovery =
    tp.recovery !== undefined
      ? say(ctx.words, 'failure.recovery', { text: tp.recovery })
      : tp.fails.length > 0
        ? say(ctx.words, 'failure.noRecovery')
        : undefined;
  const after =
    recovery === undefined
      ? []
      : [
          (y: number) => {
            const block = textBlock(
              recovery,
              { x: area.x + indent, y, width: area.width - indent },
              { memo: ctx.text, font: { face: 'regular', size: ctx.theme.fontSizes.small }, color: ctx.theme.colors.mutedText, maxLines },
            );
            return block && { height: block.height, nodes: [block.node] };
          },
        ];
  return stack(area.y, 6, [...items, ...after]);
};

export const storyboardCell: CellBuilder = (tp, area) => {
  if (tp.image === undefined) return undefined;
  const height = round2(Math.min(STORYBOARD_MAX_HEIGHT, (area.width * 3) / 4));
  const image: SceneNode = {
    kind: 'image',
    x: round2(area.x),
    y: round2(area.y),
    width: round2(area.width),
    height,
    asset: tp.image,
    fit: 'contain',
  };
  return { height, nodes: [image] };
};
