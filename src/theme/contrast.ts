// WCAG 2 contrast for text on coloured fills: relative luminance, the contrast ratio, and the one
// rule layout uses to pick a text colour on a fill (white, or the theme's dark text). Pure.

import { CSS_COLOR_HEX } from './css-color-hex.js';
import type { Theme } from './theme.js';

/** WCAG AA: body text needs 4.5:1, large text (24 px, or 18.66 px bold) 3:1. */
export const AA_TEXT = 4.5;
export const AA_LARGE_TEXT = 3;
export const LIGHT_TEXT = '#ffffff';

/** What the rule needs of a theme: its (dark) text colour. */
export interface TextTheme {
  readonly colors: Pick<Theme['colors'], 'text'>;
}

/** #rgb, #rrggbb or a CSS colour name as '#rrggbb'; undefined for anything else. */
export function toHex(colour: string): string | undefined {
  const v = colour.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return CSS_COLOR_HEX[v];
}

/** Relative luminance (0 black .. 1 white); unknown colours count as black. */
export function luminance(colour: string): number {
  const hex = toHex(colour) ?? '#000000';
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour for a fill: `preferred` (white unless the layout's design says otherwise) when it
 * reaches `minimum`, else whichever of it, white and the theme's text colour contrasts most.
 */
export function textOn(fill: string, theme: TextTheme, preferred = LIGHT_TEXT, minimum = AA_TEXT): string {
  if (contrastRatio(preferred, fill) >= minimum) return preferred;
  let best = preferred;
  for (const candidate of [LIGHT_TEXT, theme.colors.text]) {
    if (contrastRatio(candidate, fill) > contrastRatio(best, fill)) best = candidate;
  }
  return best;
}

/** The contrast textOn reaches on a fill. */
export function bestTextContrast(fill: string, theme: TextTheme, preferred = LIGHT_TEXT): number {
  return contrastRatio(textOn(fill, theme, preferred), fill);
}

/**
 * Words written in a mark's colour (a moment-of-truth flag, a KPI's status): that colour when it
 * reaches AA on the fill, else the theme's text colour (the mark beside them keeps the colour).
 */
export function inkOn(colour: string, fill: string, theme: TextTheme, minimum = AA_TEXT): string {
  return contrastRatio(colour, fill) >= minimum ? colour : textOn(fill, theme, theme.colors.text, minimum);
}
