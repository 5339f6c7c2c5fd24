// Stage headers: one tinted box per stage spanning its touchpoint columns, with the stage number,
// name, objective and the stage's KPI cards (one card per column slot, wrapping into rows).
import type { SceneNode } from '../scene/scene.js';
import type { LayoutContext } from './context.js';
import { SIZES } from './context.js';
import { rect } from './geometry.js';
import { kpiCard } from './kpi-card.js';
import { textBlock } from './text-block.js';
import { say } from '../words/say.js';
import { formatDuration } from '../view/format-duration.js';
import { BLUEPRINT_ICONS } from './blueprint-icons.js';
import { ICON_SIZE, iconNode } from './lanes/text-lanes.js';
import { lineHeight } from './measure-text.js';

const PAD = 14;

export function layoutStageHeaders(ctx: LayoutContext, top: number): { nodes: SceneNode[]; height: number } {
  const { theme, journey, columns, words } = ctx;
  const { time } = ctx;
  const built = journey.stages.map((stage, i) => {
    const cols = columns.filter((c) => c.stageIndex === i);
    const first = cols[0];
    const x = (first?.x ?? ctx.gridX) + SIZES.stageGap / 2;
    const width = cols.reduce((w, c) => w + c.width, 0) - SIZES.stageGap;
    // Text lines up with the cell text of the lanes below.
    const tx = x + SIZES.cellPadX - SIZES.stageGap / 2;
    const tw = width - 2 * (SIZES.cellPadX - SIZES.stageGap / 2);
    const content: SceneNode[] = [];
    let y = top + PAD;
    const label = textBlock(say(words, 'map.stage.caps', { number: String(i + 1).padStart(2, '0') }), { x: tx, y, width: tw }, { font: { face: 'semibold', size: theme.fontSizes.small }, color: theme.colors.mutedText, maxLines: 1 });
    if (label) {
      content.push(label.node);
      y += label.height + 2;
    }
    const name = textBlock(stage.name, { x: tx, y, width: tw }, { font: { face: 'semibold', size: theme.fontSizes.stage + 2 }, color: theme.colors.stageText, maxLines: 2 });
    if (name) {
      content.push(name.node);
      y += name.height + 2;
    }
    const objective = textBlock(stage.objective ?? '', { x: tx, y, width: tw }, { font: { face: 'regular', size: theme.fontSizes.body }, color: theme.colors.mutedText, maxLines: 4 });
    if (objective) {
      content.push(objective.node);
      y += objective.height;
    }
    const elapsed = time.stages[stage.id];
    if (elapsed !== undefined) {
      const font = { face: 'semibold', size: theme.fontSizes.body } as const;
      const block = textBlock(say(words, 'time.stageElapsed', { duration: formatDuration(elapsed, words) }), { x: tx + ICON_SIZE + 6, y: y + 4, width: tw - ICON_SIZE - 6 }, { font, color: theme.colors.mutedText, maxLines: 2 });
      if (block) {
        content.push(iconNode(BLUEPRINT_ICONS.clock, tx, y + 4 + (lineHeight(font) - ICON_SIZE) / 2, ICON_SIZE, theme.colors.mutedText), block.node);
        y += 4 + Math.max(ICON_SIZE, block.height);
      }
    }
    const removed = ctx.compare?.removed[stage.id] ?? [];
    if (removed.length > 0) {
      // As-is vs to-be: the current state's steps this stage no longer has.
      const font = { face: 'regular', size: theme.fontSizes.small } as const;
      const text = say(words, 'compare.removedOf', { touchpoints: removed.map((r) => r.name).join(', ') });
      const block = textBlock(text, { x: tx, y: y + 6, width: tw }, { font, color: theme.colors.mutedText, maxLines: 4 });
      if (block) {
        content.push({ kind: 'group', role: 'removed-touchpoints', ref: { kind: 'stage', id: stage.id }, label: text, children: [block.node] });
        y += 6 + block.height;
      }
    }
    if (stage.kpis.length > 0) {
      y += 10;
      // Cards align with the touchpoint columns below: card i sits in column slot i % n.
      const slots = Math.max(1, cols.length);
      const cardW = Math.min(SIZES.maxCardWidth, (first?.width ?? SIZES.columnWidth) - 2 * SIZES.cellPadX);
      let rowY = y;
      let rowH = 0;
      stage.kpis.forEach((kpi, k) => {
        if (k > 0 && k % slots === 0) {
          rowY += rowH + 8;
          rowH = 0;
        }
        const col = cols[k % slots];
        const cx = (col?.x ?? x) + SIZES.cellPadX;
        const card = kpiCard(kpi, { x: cx, y: rowY, width: cardW }, ctx, { kind: 'stage', id: stage.id });
        content.push(card.node);
        rowH = Math.max(rowH, card.height);
      });
      y = rowY + rowH;
    }
    return { stage, i, x, width, content, height: y + PAD - top };
  });
  const height = Math.max(0, ...built.map((b) => b.height));
  const nodes: SceneNode[] = built.map((b) => ({
    kind: 'group',
    role: 'stage-header',
    ref: { kind: 'stage', id: b.stage.id },
    label: b.stage.name,
    children: [
      rect(b.x, top, b.width, height, { fill: theme.colors.stageBackgrounds[b.i % theme.colors.stageBackgrounds.length] ?? theme.colors.laneTitleBackground, radius: 6 }),
      ...b.content,
    ],
  }));
  return { nodes, height };
}
