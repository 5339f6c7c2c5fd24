// Where things go on a slide: a linear map from drawing units (scene px for the map, design
// inches for summary slides) to slide inches, with the slide's size. pptxgenjs reads numbers
// below 100 as inches, and a slide is at most 56 in wide, so inches are what every call gets.

/** PowerPoint's largest slide side, in inches. */
export const MAX_SLIDE_INCHES = 56;
/** CSS px per inch: the Scene's unit. */
export const PX_PER_INCH = 96;
/** The 16:9 slide, in inches (PowerPoint's default widescreen). */
export const WIDE: { readonly width: number; readonly height: number } = { width: 13.333, height: 7.5 };

export interface SlideFrame {
  /** Slide inches per drawing unit. */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export type SlideOption = 'fit' | '16:9';

export const isSlideOption = (value: unknown): value is SlideOption => value === 'fit' || value === '16:9';

/** 4 decimals of an inch (about 0.0025 mm): stable numbers, well below a rendering pixel. */
export const r4 = (n: number): number => Math.round(n * 1e4) / 1e4;

export const toX = (f: SlideFrame, x: number): number => r4(f.offsetX + x * f.scale);
export const toY = (f: SlideFrame, y: number): number => r4(f.offsetY + y * f.scale);
export const toLen = (f: SlideFrame, n: number): number => r4(n * f.scale);
/** A font size in px (the Scene's unit) as points on the slide: 1 px = 0.75 pt at 96 px/in. */
export const pxToPt = (f: SlideFrame, px: number): number => Math.round(px * f.scale * 72 * 100) / 100;

/** The slide size for a map of `width` x `height` px, and the frame that places the map on it. */
export function mapFrame(
  width: number,
  height: number,
  option: SlideOption,
): { slide: { width: number; height: number }; frame: SlideFrame } {
  const w = width / PX_PER_INCH;
  const h = height / PX_PER_INCH;
  if (option === '16:9') {
    const fit = Math.min(WIDE.width / w, WIDE.height / h);
    return {
      slide: WIDE,
      frame: { scale: fit / PX_PER_INCH, offsetX: r4((WIDE.width - w * fit) / 2), offsetY: r4((WIDE.height - h * fit) / 2) },
    };
  }
  // Fit: the slide is the map, shrunk only when a side would pass PowerPoint's limit.
  const shrink = Math.min(1, MAX_SLIDE_INCHES / w, MAX_SLIDE_INCHES / h);
  return {
    slide: { width: r4(Math.max(1, w * shrink)), height: r4(Math.max(1, h * shrink)) },
    frame: { scale: shrink / PX_PER_INCH, offsetX: 0, offsetY: 0 },
  };
}

/** Summary slides are designed on a 13.333 x 7.5 in canvas, scaled to any slide size, centred across and at the top. */
export function designFrame(slide: { width: number; height: number }): SlideFrame {
  const scale = Math.min(slide.width / WIDE.width, slide.height / WIDE.height);
  return { scale, offsetX: r4((slide.width - WIDE.width * scale) / 2), offsetY: 0 };
}
