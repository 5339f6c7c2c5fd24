// Fits text into a box: wraps with the bundled metrics, caps lines with an ellipsis, and places
// baselines. The only place layout makes TextNodes, so every text keeps the fallback-font slack.
import type { FontSpec, TextLine, TextNode } from '../scene/scene.js';
import { ELLIPSIS } from '../scene/text-breaks.js';
import { paragraphDirection } from '../scene/text-direction.js';
import { round2 } from './geometry.js';
import { fontExtents, lineHeight, measureText, wrapText } from './measure-text.js';

/**
 * Share of every text box's width left empty. We do not embed Inter in SVG, so viewers without
 * it draw Helvetica/Arial/Liberation Sans, whose glyphs run a few percent wider; wrapping to
 * 94% of the box keeps their lines inside it too.
 */
export const TEXT_SLACK = 0.06;

export interface TextBlockOptions {
  readonly font: FontSpec;
  readonly color: string;
  readonly maxLines?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** The layout's wrapped texts (LayoutContext.text): a text repeated across cells is wrapped once. */
  readonly memo?: TextMemo;
}

/** A text's wrapped lines and their measured widths. */
interface Wrapped {
  readonly lines: readonly string[];
  readonly widths: readonly number[];
}

/**
 * Wrapped texts by font, wrap width, line cap and text, made once per layout (layout-journey.ts)
 * and never per module: a large journey repeats most of its texts (the same KPI, owner or pain in
 * hundreds of cells). Wrapping depends on nothing else, so an entry is never stale.
 */
export type TextMemo = Map<string, Wrapped>;

function wrapMeasured(text: string, font: FontSpec, width: number, maxLines: number | undefined, memo: TextMemo | undefined): Wrapped {
  // measureText and wrapText read only the font's face and size.
  const key = `${font.face}\n${font.size}\n${width}\n${maxLines ?? ''}\n${text}`;
  const known = memo?.get(key);
  if (known) return known;
  const lines = wrapText(text, font, width, maxLines);
  const wrapped = { lines, widths: lines.map((line) => Math.ceil(measureText(line, font) * 100) / 100) };
  memo?.set(key, wrapped);
  return wrapped;
}

export interface TextBlock {
  readonly node: TextNode;
  readonly height: number;
}

/** The usable width of a text box after the slack. */
export const wrapWidth = (boxWidth: number): number => boxWidth * (1 - TEXT_SLACK);

/** Box width a single line needs so that it fits with the slack. */
export const boxWidthFor = (text: string, font: FontSpec): number =>
  Math.ceil((measureText(text, font) / (1 - TEXT_SLACK)) * 100) / 100 + 0.01;

/**
 * Lays `text` out in a box at (x, y) of the given width; the box's height is what the lines
 * need. Returns undefined for empty text, so callers skip it rather than draw empty boxes.
 */
export function textBlock(
  text: string,
  box: { readonly x: number; readonly y: number; readonly width: number },
  options: TextBlockOptions,
): TextBlock | undefined {
  if (text.trim() === '') return undefined;
  const { font } = options;
  // Right-to-left text starts at the right edge: a left-aligned box aligns it right.
  const rtl = paragraphDirection(text) === 'rtl';
  const anchor = rtl && (options.anchor ?? 'start') === 'start' ? 'end' : (options.anchor ?? 'start');
  const { lines: wrapped, widths } = wrapMeasured(text, font, wrapWidth(box.width), options.maxLines, options.memo);
  const lh = lineHeight(font);
  const { ascent, descent } = fontExtents(font);
  const baselineOffset = (lh - ascent - descent) / 2 + ascent;
  const anchorX = anchor === 'start' ? box.x : anchor === 'middle' ? box.x + box.width / 2 : box.x + box.width;
  const lines: TextLine[] = wrapped.map((line, i) => ({
    text: line,
    x: round2(anchorX),
    y: round2(box.y + i * lh + baselineOffset),
    width: widths[i] ?? 0,
  }));
  const height = round2(wrapped.length * lh);
  // Only a capped text can have been cut; its last line then ends with the ellipsis.
  const cut = options.maxLines !== undefined && wrapped.length === options.maxLines && (wrapped.at(-1) ?? '').endsWith(ELLIPSIS);
  const node: TextNode = {
    kind: 'text',
    lines,
    font,
    color: options.color,
    anchor,
    ...(rtl ? { direction: 'rtl' as const } : {}),
    box: { x: round2(box.x), y: round2(box.y), width: round2(box.width), height },
    ...(cut ? { fullText: text } : {}),
  };
  return { node, height };
}
