// The PNG renderer: rasterizes the SVG renderer's output with resvg (no browser), using only
// the bundled faces so the picture is the same on every machine: Inter, then the fallback faces
// the Scene's text uses (render/scene-faces.ts) in fallback order, the order resvg falls back
// in. It paints nothing of its own: whatever the SVG shows, the PNG shows. resvg is native, so
// it is imported lazily.
import { createRequire } from 'node:module';
import { bundledFontPath } from '../../assets/bundled-fonts.js';
import type { Scene } from '../../scene/scene.js';
import { SVG_IMAGE_DENSITY } from '../display-images.js';
import { missingGlyphsWarning } from '../missing-glyphs.js';
import { imageKeys, withRasterizedSvg } from '../pdf/raster-svg-assets.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { sceneFaceUses } from '../scene-faces.js';
import { renderSvg, svgOf } from '../svg/render-svg.js';
import { pngLineRuns } from './line-runs.js';

export const MAX_PNG_SCALE = 8;
/** Below a tenth, a map shrinks to a smudge of a few pixels (or to none): not a picture. */
export const MIN_PNG_SCALE = 0.1;
/**
 * The largest PNG we write: 16 megapixels, at most 16384 px a side (what browsers, slide tools
 * and image viewers handle comfortably). A wider map is written smaller, with a warning: a
 * raster of a 180-touchpoint map cannot be legible anyway, and PDF/SVG keep full detail.
 * Rasterizing 58 MP took resvg 2.4 s and 500 MB; the budget keeps PNG fast and lean.
 */
export const MAX_PNG_PIXELS = 16_000_000;
export const MAX_PNG_SIDE = 16_384;

/**
 * Reads the `scale` option (the --scale flag): a finite number in [0.1, 8], default 1.
 * Throws a RangeError naming the flag otherwise. The CLI may call it up front to make a bad
 * flag a usage error; inside render() the throw becomes a `render-failed` diagnostic.
 */
export function parsePngScale(value: RenderContext['options'][string]): number {
  if (value === undefined) return 1;
  const scale = typeof value === 'boolean' || value === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(scale) || scale < MIN_PNG_SCALE || scale > MAX_PNG_SCALE) {
    throw new RangeError(`--scale must be a number from ${MIN_PNG_SCALE} to ${MAX_PNG_SCALE}, got ${JSON.stringify(value)}`);
  }
  return scale;
}

/** The pixel size resvg produces for a scene at a scale (it rounds to the nearest pixel). */
export function pngSize(scene: Scene, scale: number): { width: number; height: number } {
  return { width: Math.round(scene.width * scale), height: Math.round(scene.height * scale) };
}

/** The requested scale, reduced where needed so the PNG stays within the pixel budget. */
export function fittedPngScale(scene: Scene, requested: number): number {
  const limit = Math.min(
    Math.sqrt(MAX_PNG_PIXELS / Math.max(1, scene.width * scene.height)),
    MAX_PNG_SIDE / Math.max(1, scene.width),
    MAX_PNG_SIDE / Math.max(1, scene.height),
  );
  // Round down to 3 decimals so the output size is stable and never over budget.
  return requested <= limit ? requested : Math.floor(limit * 1000) / 1000;
}

export async function renderPng(scene: Scene, context: RenderContext): Promise<Uint8Array> {
  const requested = parsePngScale(context.options.scale);
  const glyphs = missingGlyphsWarning(scene, { format: 'png', file: context.journey.file });
  if (glyphs) context.report(glyphs);
  const scale = fittedPngScale(scene, requested);
  if (scale < requested) {
    const wanted = pngSize(scene, requested);
    const written = pngSize(scene, scale);
    context.report({
      code: 'png-downscaled',
      severity: 'warning',
      message: `the map is ${wanted.width}×${wanted.height} px at scale ${requested}; the PNG is written at ${written.width}×${written.height} px (scale ${scale})`,
      file: context.journey.file,
      hint: `PNGs are limited to ${MAX_PNG_PIXELS / 1e6} megapixels and ${MAX_PNG_SIDE} px a side; use PDF or SVG for full detail`,
    });
  }
  // Pictures are embedded at 2 px per scene px in the shared SVG; a larger scale needs its own.
  // resvg draws no text inside an SVG picture (a logo's name): those are rasterized first, with
  // the bundled fonts, and then need their own SVG too.
  const svgPictures = [...imageKeys(scene.nodes)].filter((key) => context.assets.get(key)?.mediaType === 'image/svg+xml');
  const assets = svgPictures.length > 0 ? withRasterizedSvg(context.assets, svgPictures, context.pictures) : context.assets;
  // Lines with fallback faces are drawn run by run (line-runs.ts): resvg cannot fall back to two
  // faces within one run (Arabic beside an emoji).
  const faceUses = sceneFaceUses(scene);
  const byRuns = faceUses.size > 0;
  const svg =
    scale > SVG_IMAGE_DENSITY || svgPictures.length > 0 || byRuns
      ? renderSvg(
          scene,
          { ...context, assets },
          { ...(byRuns ? { lineRuns: pngLineRuns } : {}), ...(scale > SVG_IMAGE_DENSITY ? { imageDensity: scale } : {}) },
        )
      : svgOf(scene, context);
  // A synchronous require (cached by Node after the first call): no await between here and
  // renderAsync, so rasterizing starts before other renderers take the JavaScript thread.
  const { renderAsync } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [bundledFontPath('regular'), bundledFontPath('semibold'), ...[...faceUses.values()].map((use) => use.face.file)],
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
  offThread: true,
  render: renderPng,
};
