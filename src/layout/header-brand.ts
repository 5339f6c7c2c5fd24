// The brand column at the top right of the header band: the theme's logo in a fixed box (contain,
// so never cropped or stretched) and its `brand` text under it. Places nodes; the header keeps
// its own text clear of the column's width.
import type { SceneNode } from '../scene/scene.js';
import type { Theme } from '../theme/theme.js';
import { say, type Words } from '../words/say.js';
import { round2 } from './geometry.js';
import { textBlock } from './text-block.js';

/** The logo's box in px: wide enough for a word mark, as tall as the title's two lines allow. */
export const LOGO_WIDTH = 200;
export const LOGO_HEIGHT = 56;
/** Space kept between the header's text and the brand column. */
export const BRAND_GAP = 24;
const BRAND_TEXT_GAP = 6;

export interface BrandColumn {
  readonly nodes: SceneNode[];
  /** Lowest y the column reaches, for the header band's height. */
  readonly bottom: number;
}

/** Width the header's text must leave free on the right; 0 when the theme has no brand. */
export const brandReserve = (theme: Theme): number => (theme.logo !== undefined || theme.brand !== undefined ? LOGO_WIDTH + BRAND_GAP : 0);

/**
 * The column with its right edge at `right`, its logo centred on the title's first line (centre
 * y `titleMiddle`) but never above `top`. Undefined when the theme has neither logo nor brand.
 */
export function brandColumn(
  theme: Theme,
  words: Words,
  at: { right: number; top: number; titleMiddle: number },
  mutedColor: string,
): BrandColumn | undefined {
  if (theme.logo === undefined && theme.brand === undefined) return undefined;
  const x = round2(at.right - LOGO_WIDTH);
  const children: SceneNode[] = [];
  const hasLogo = theme.logo !== undefined;
  // Under a logo the brand reads as a caption; alone it stands in for the logo, right-aligned.
  const options = {
    font: { face: hasLogo ? 'regular' : 'semibold', size: theme.fontSizes.subtitle },
    color: mutedColor,
    maxLines: 2,
    anchor: hasLogo ? 'middle' : 'end',
  } as const;
  const brand = theme.brand ?? '';
  const probe = textBlock(brand, { x, y: 0, width: LOGO_WIDTH }, options);
  let textY = Math.max(at.top, at.titleMiddle - (probe?.height ?? 0) / 2);
  let bottom = textY;
  if (theme.logo !== undefined) {
    const logoY = round2(Math.max(at.top, at.titleMiddle - LOGO_HEIGHT / 2));
    children.push({ kind: 'image', x, y: logoY, width: LOGO_WIDTH, height: LOGO_HEIGHT, asset: theme.logo, fit: 'contain' });
    textY = logoY + LOGO_HEIGHT + BRAND_TEXT_GAP;
    bottom = logoY + LOGO_HEIGHT;
  }
  const text = textBlock(brand, { x, y: textY, width: LOGO_WIDTH }, options);
  if (text) {
    children.push(text.node);
    bottom = textY + text.height;
  }
  const label = theme.brand ?? say(words, 'map.logo');
  return { nodes: [{ kind: 'group', role: 'brand', label, children }], bottom: round2(bottom) };
}
