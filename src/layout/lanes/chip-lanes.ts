// Short labels drawn as chips: systems (one chip each) and evidence (a badge whose border style
// and fill differ per level — dashed for assumption, outlined for research, solid for data).
import type { Evidence } from '../../model/journey.js';
import type { SceneNode, Stroke } from '../../scene/scene.js';
import { inkOn, textOn } from '../../theme/contrast.js';
import { say, type WordId } from '../../words/say.js';
import type { LayoutContext } from '../context.js';
import { rect } from '../geometry.js';
import { lineHeight } from '../measure-text.js';
import { boxWidthFor, textBlock } from '../text-block.js';
import type { CellArea, CellBuilder, CellContent } from './lane.js';
import { stack } from './lane.js';

const PAD_X = 7;
const PAD_Y = 3;

export interface ChipStyle {
  readonly fill: string;
  readonly stroke?: Stroke;
  readonly text: string;
  readonly semibold?: boolean;
}

/** A pill sized to its label (at most maxWidth), with its top-left corner at (x, y). */
export function chip(
  label: string,
  x: number,
  y: number,
  maxWidth: number,
  style: ChipStyle,
  ctx: LayoutContext,
): (CellContent & { readonly width: number }) | undefined {
  const font = { face: style.semibold ? 'semibold' : 'regular', size: ctx.theme.fontSizes.small } as const;
  const width = Math.min(maxWidth, boxWidthFor(label, font) + 2 * PAD_X);
  // Centred: the text box keeps TEXT_SLACK free for fallback fonts, which left-aligned text would
  // leave as a lopsided gap on the right of every pill.
  const block = textBlock(
    label,
    { x: x + PAD_X, y: y + PAD_Y, width: width - 2 * PAD_X },
    { memo: ctx.text, font, color: style.text, maxLines: 1, anchor: 'middle' },
  );
  if (!block) return undefined;
  const height = lineHeight(font) + 2 * PAD_Y;
  const nodes: SceneNode[] = [
    rect(x, y, width, height, { fill: style.fill, radius: height / 2, ...(style.stroke ? { stroke: style.stroke } : {}) }),
    block.node,
  ];
  return { width, height, nodes };
}

export const systemsCell: CellBuilder = (tp, area: CellArea, ctx) => {
  if (tp.systems.length === 0) return undefined;
  const style: ChipStyle = {
    fill: ctx.theme.colors.laneTitleBackground,
    stroke: { color: ctx.theme.colors.cardBorder, width: 1 },
    text: ctx.theme.colors.text,
  };
  return stack(
    area.y,
    5,
    tp.systems.map((s) => (y: number) => chip(s, area.x, y, area.width, style, ctx)),
  );
};

const EVIDENCE_WORD: Readonly<Record<Evidence, WordId>> = {
  assumption: 'evidence.assumption',
  research: 'evidence.research',
  data: 'evidence.data',
};

export const evidenceCell: CellBuilder = (tp, area, ctx) => {
  const c = ctx.theme.colors;
  const styles: Readonly<Record<Evidence, ChipStyle>> = {
    assumption: { fill: c.cardBackground, stroke: { color: c.kpiUnknown, width: 1.2, dash: [3, 2] }, text: c.mutedText },
    research: {
      fill: c.cardBackground,
      stroke: { color: c.accent, width: 1.2 },
      text: inkOn(c.accent, c.cardBackground, ctx.theme),
      semibold: true,
    },
    data: { fill: c.accent, text: textOn(c.accent, ctx.theme), semibold: true },
  };
  return chip(say(ctx.words, EVIDENCE_WORD[tp.evidence]), area.x, area.y, area.width, styles[tp.evidence], ctx);
};
