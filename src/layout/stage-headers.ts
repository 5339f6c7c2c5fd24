// Stage headers: one tinted box per stage spanning its touchpoint columns, with the stage number,
// name, objective, the time it takes, the steps a comparison's current state had there, and the
// stage's KPI cards (one card per column slot, wrapping into rows).

import type { Stage } from '../model/journey.js';
import type { SceneNode } from '../scene/scene.js';
import { formatDuration } from '../view/format-duration.js';
import { say } from '../words/say.js';
import { BLUEPRINT_ICONS } from './blueprint-icons.js';
import type { Column, LayoutContext } from './context.js';
import { SIZES } from './context.js';
import { rect } from './geometry.js';
import { kpiCard } from './kpi-card.js';
import { ICON_SIZE, iconNode } from './lanes/text-lanes.js';
import { lineHeight } from './measure-text.js';
import { textBlock } from './text-block.js';

const PAD = 14;

/** Stage header spacing (px): the gap under each block, the clock's gap, the KPI cards' rows. */
const STAGE = {
  labelGap: 2,
  /** The stage name is set this much larger than the theme's stage size. */
  nameSizeUp: 2,
  nameGap: 2,
  /** Above the elapsed-time row; between its clock and its words. */
  elapsedGap: 4,
  clockGap: 6,
  removedGap: 6,
  kpiGap: 10,
  kpiRowGap: 8,
  radius: 6,
} as const;

/** Where a stage header's text goes: lined up with the cell text of the lanes below. */
interface TextBox {
  readonly x: number;
  readonly width: number;
}

export function layoutStageHeaders(ctx: LayoutContext, top: number): { nodes: SceneNode[]; height: number } {
  const { theme, journey, columns } = ctx;
  const built = journey.stages.map((stage, i) => {
    const cols = columns.filter((c) => c.stageIndex === i);
    const first = cols[0];
    const x = (first?.x ?? ctx.gridX) + SIZES.stageGap / 2;
    const width = cols.reduce((w, c) => w + c.width, 0) - SIZES.stageGap;
    // Text lines up with the cell text of the lanes below.
    const text: TextBox = { x: x + SIZES.cellPadX - SIZES.stageGap / 2, width: width - 2 * (SIZES.cellPadX - SIZES.stageGap / 2) };
    const content: SceneNode[] = [];
    let y = titleBlocks(ctx, stage, i, text, top + PAD, content);
    y = elapsedRow(ctx, stage, text, y, content);
    y = removedNote(ctx, stage, text, y, content);
    if (stage.kpis.length > 0) y = kpiCards(ctx, stage, cols, x, y + STAGE.kpiGap, content);
    return { stage, i, x, width, content, height: y + PAD - top };
  });
  const height = Math.max(0, ...built.map((b) => b.height));
  const nodes: SceneNode[] = built.map((b) => ({
    kind: 'group',
    role: 'stage-header',
    ref: { kind: 'stage', id: b.stage.id },
    label: b.stage.name,
    children: [
      rect(b.x, top, b.width, height, {
        fill: theme.colors.stageBackgrounds[b.i % theme.colors.stageBackgrounds.length] ?? theme.colors.laneTitleBackground,
        radius: STAGE.radius,
      }),
      ...b.content,
    ],
  }));
  return { nodes, height };
}

/** "STAGE 01", the stage's name and its objective from y down; returns the y under them. */
function titleBlocks(ctx: LayoutContext, stage: Stage, i: number, text: TextBox, y: number, content: SceneNode[]): number {
  const { theme, words } = ctx;
  const { x: tx, width: tw } = text;
  const label = textBlock(
    say(words, 'map.stage.caps', { number: String(i + 1).padStart(2, '0') }),
    { x: tx, y, width: tw },
    { font: { face: 'semibold', size: theme.fontSizes.small }, color: theme.colors.mutedText, maxLines: 1 },
  );
  if (label) {
    content.push(label.node);
    y += label.height + STAGE.labelGap;
  }
  const name = textBlock(
    stage.name,
    { x: tx, y, width: tw },
    { font: { face: 'semibold', size: theme.fontSizes.stage + STAGE.nameSizeUp }, color: theme.colors.stageText, maxLines: 2 },
  );
  if (name) {
    content.push(name.node);
    y += name.height + STAGE.nameGap;
  }
  const objective = textBlock(
    stage.objective ?? '',
    { x: tx, y, width: tw },
    { font: { face: 'regular', size: theme.fontSizes.body }, color: theme.colors.mutedText, maxLines: 4 },
  );
  if (objective) {
    content.push(objective.node);
    y += objective.height;
  }
  return y;
}

/** The time the stage takes (language 1.1), after a clock icon, when the journey gives durations. */
function elapsedRow(ctx: LayoutContext, stage: Stage, text: TextBox, y: number, content: SceneNode[]): number {
  const { theme, words } = ctx;
  const { x: tx, width: tw } = text;
  const elapsed = ctx.time.stages[stage.id];
  if (elapsed === undefined) return y;
  const font = { face: 'semibold', size: theme.fontSizes.body } as const;
  const block = textBlock(
    say(words, 'time.stageElapsed', { duration: formatDuration(elapsed, words) }),
    { x: tx + ICON_SIZE + STAGE.clockGap, y: y + STAGE.elapsedGap, width: tw - ICON_SIZE - STAGE.clockGap },
    { font, color: theme.colors.mutedText, maxLines: 2 },
  );
  if (!block) return y;
  content.push(
    iconNode(BLUEPRINT_ICONS.clock, tx, y + STAGE.elapsedGap + (lineHeight(font) - ICON_SIZE) / 2, ICON_SIZE, theme.colors.mutedText),
    block.node,
  );
  return y + (STAGE.elapsedGap + Math.max(ICON_SIZE, block.height));
}

/** As-is vs to-be: the current state's steps this stage no longer has. */
function removedNote(ctx: LayoutContext, stage: Stage, text: TextBox, y: number, content: SceneNode[]): number {
  const { theme, words } = ctx;
  const removed = ctx.compare?.removed[stage.id] ?? [];
  if (removed.length === 0) return y;
  const font = { face: 'regular', size: theme.fontSizes.small } as const;
  const note = say(words, 'compare.removedOf', { touchpoints: removed.map((r) => r.name).join(', ') });
  const block = textBlock(
    note,
    { x: text.x, y: y + STAGE.removedGap, width: text.width },
    { font, color: theme.colors.mutedText, maxLines: 4 },
  );
  if (!block) return y;
  content.push({ kind: 'group', role: 'removed-touchpoints', ref: { kind: 'stage', id: stage.id }, label: note, children: [block.node] });
  return y + (STAGE.removedGap + block.height);
}

/** The stage's KPI cards from y: card k sits in column slot k % n, so they align with the touchpoint columns below. */
function kpiCards(ctx: LayoutContext, stage: Stage, cols: readonly Column[], x: number, y: number, content: SceneNode[]): number {
  const first = cols[0];
  const slots = Math.max(1, cols.length);
  const cardW = Math.min(SIZES.maxCardWidth, (first?.width ?? SIZES.columnWidth) - 2 * SIZES.cellPadX);
  let rowY = y;
  let rowH = 0;
  stage.kpis.forEach((kpi, k) => {
    if (k > 0 && k % slots === 0) {
      rowY += rowH + STAGE.kpiRowGap;
      rowH = 0;
    }
    const col = cols[k % slots];
    const cx = (col?.x ?? x) + SIZES.cellPadX;
    const card = kpiCard(kpi, { x: cx, y: rowY, width: cardW }, ctx, { kind: 'stage', id: stage.id });
    content.push(card.node);
    rowH = Math.max(rowH, card.height);
  });
  return rowY + rowH;
}
