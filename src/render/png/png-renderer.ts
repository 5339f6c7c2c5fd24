// The PNG renderer: rasterizes the SVG renderer's output with resvg (no browser), using only
// the bundled Inter faces so the picture is the same on every machine. It paints nothing of its
// own: whatever the SVG shows, the PNG shows. resvg is native, so it is imported lazily.
import { bundledFontPath } from '../../assets/bundled-fonts.js';
import type { Scene } from '../../scene/scene.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { renderSvg } from '../svg/render-svg.js';

export const MAX_PNG_SCALE = 8;
/** Beyond this many pixels resvg's buffer alone passes 400 MB: refuse with a clear message. */
export const MAX_PNG_PIXELS = 100_000_000;

/**
 * Reads the `scale` option (the --scale flag): a finite number in (0, 8], default 1.
 * Throws a RangeError naming the flag otherwise. The CLI may call it up front to make a bad
 * flag a usage error; inside render() the throw becomes a `render-failed` diagnostic.
 */
export function parsePngScale(value: RenderContext['options'][string]): number {
  if (value === undefined) return 1;
  const scale = typeof value === 'boolean' || value === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_PNG_SCALE) {
    throw new RangeError(
      `--scale must be a number greater than 0 and at most ${MAX_PNG_SCALE}, got ${JSON.stringify(value)}`,
    );
  }
  return scale;
}

/** The pixel size resvg produces for a scene at a scale (it rounds to the nearest pixel). */
export function pngSize(scene: Scene, scale: number): { width: number; height: number } {
  return { width: Math.round(scene.width * scale), height: Math.round(scene.height * scale) };
}

export async function renderPng(scene: Scene, context: RenderContext): Promise<Uint8Array> {
  const scale = parsePngScale(context.options['scale']);
  const { width, height } = pngSize(scene, scale);
  if (width * height > MAX_PNG_PIXELS) {
    throw new RangeError(
      `the PNG would be ${width}×${height} pixels, more than ${MAX_PNG_PIXELS / 1e6} million; use a smaller --scale`,
    );
  }
  const svg = renderSvg(scene, { assets: context.assets });
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [bundledFontPath('regular'), bundledFontPath('semibold')],
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    },
    fitTo: { mode: 'zoom', value: scale },
    background: scene.background,
    logLevel: 'off',
  });
  return image.asPng();
}

export const pngRenderer: Renderer = {
  format: 'png',
  extension: 'png',
  mediaType: 'image/png',
  render: renderPng,
};
