// The look every summary slide shares, in the theme's colours: a header band with the section and
// journey title and the brand logo at its right, and a footer with the brand name, the journey
// and the slide number. Coordinates are on the 13.333 x 7.5 in design canvas (see slide-frame.ts).

import type { Theme } from '../../theme/theme.js';
import type { Asset } from '../renderer.js';
import { fitInto, imageSize } from './image-size.js';
import { pptxColor } from './paint-scene.js';
import type { Slide } from './pptxgen.js';
import { r4, type SlideFrame, WIDE } from './slide-frame.js';

export const MARGIN = 0.5;
export const HEADER_H = 0.9;
export const FOOTER_Y = 7.05;
/** Where content may go on the design canvas. */
export const CONTENT = {
  x: MARGIN,
  y: HEADER_H + 0.3,
  width: WIDE.width - 2 * MARGIN,
  height: FOOTER_Y - 0.15 - (HEADER_H + 0.3),
} as const;
const LOGO_BOX = { width: 1.8, height: 0.5 } as const;

export interface ChromeContext {
  readonly theme: Theme;
  readonly frame: SlideFrame;
  /** The slide's width in inches: the header band spans it whatever the canvas' scale. */
  readonly slideWidth: number;
  readonly logo?: Asset;
}

/** A box on the design canvas in slide inches. */
export const place = (f: SlideFrame, box: { x: number; y: number; w: number; h: number }) => ({
  x: r4(f.offsetX + box.x * f.scale),
  y: r4(f.offsetY + box.y * f.scale),
  w: r4(box.w * f.scale),
  h: r4(box.h * f.scale),
});

/** Points on the design canvas scaled to the slide. */
export const pt = (f: SlideFrame, size: number): number => Math.round(size * f.scale * 100) / 100;

export const hex = (color: string | undefined, fallback = '000000'): string => pptxColor(color)?.color ?? fallback;

/** The header band with `title` (and the journey title under it) and the logo. */
export function drawHeader(slide: Slide, c: ChromeContext, title: string, subtitle: string): void {
  const { theme, frame } = c;
  slide.background = { color: hex(theme.colors.background, 'FFFFFF') };
  const band = place(frame, { x: 0, y: 0, w: WIDE.width, h: HEADER_H });
  slide.addShape('rect', { ...band, x: 0, w: c.slideWidth, fill: { color: hex(theme.colors.headerBackground) }, line: { type: 'none' } });
  const logoRoom = c.logo ? LOGO_BOX.width + 0.3 : 0;
  slide.addText(
    [
      { text: title, options: { fontSize: pt(frame, 20), bold: true, color: hex(theme.colors.headerText, 'FFFFFF'), breakLine: true } },
      {
        text: subtitle,
        options: { fontSize: pt(frame, 11), color: hex(theme.colors.headerMutedText ?? theme.colors.headerText, 'FFFFFF') },
      },
    ],
    {
      ...place(frame, { x: MARGIN, y: 0.08, w: WIDE.width - 2 * MARGIN - logoRoom, h: HEADER_H - 0.16 }),
      fontFace: 'Inter',
      margin: 0,
      valign: 'middle',
      fit: 'none',
    },
  );
  const size = c.logo ? imageSize(c.logo.bytes) : undefined;
  if (c.logo && size) {
    const box = {
      x: WIDE.width - MARGIN - LOGO_BOX.width,
      y: (HEADER_H - LOGO_BOX.height) / 2,
      width: LOGO_BOX.width,
      height: LOGO_BOX.height,
    };
    const r = fitInto(size, box, 'contain');
    const data = `${c.logo.mediaType};base64,${Buffer.from(c.logo.bytes).toString('base64')}`;
    slide.addImage({ data, ...place(frame, { x: r.x, y: r.y, w: r.width, h: r.height }) });
  }
}

/** The footer line: `left` (brand · journey · owner) and `right` (slide number). */
export function drawFooter(slide: Slide, c: ChromeContext, left: string, right: string): void {
  const { theme, frame } = c;
  const style = {
    fontFace: 'Inter',
    fontSize: pt(frame, 9),
    color: hex(theme.colors.mutedText, '666666'),
    margin: 0,
    valign: 'middle' as const,
    fit: 'none' as const,
  };
  slide.addShape('line', {
    ...place(frame, { x: MARGIN, y: FOOTER_Y - 0.05, w: WIDE.width - 2 * MARGIN, h: 0 }),
    line: { color: hex(theme.colors.grid, 'DDDDDD'), width: pt(frame, 0.75) },
  });
  slide.addText(left, { ...place(frame, { x: MARGIN, y: FOOTER_Y, w: WIDE.width - 2 * MARGIN - 1.5, h: 0.3 }), ...style });
  slide.addText(right, { ...place(frame, { x: WIDE.width - MARGIN - 1.4, y: FOOTER_Y, w: 1.4, h: 0.3 }), ...style, align: 'right' });
}
