// Pictures at display size: a PNG or JPEG larger than the box it is drawn in (times the output's
// pixel density) is downscaled before it is embedded, so a 4000 px photo in a 176 px storyboard
// cell costs the SVG, HTML and PDF what the cell shows, not 4000 px. Downscaling renders the picture
// through resvg (already our rasterizer: no second image library, native and maintained), in steps
// of at most 4x so bicubic sampling does not alias much. resvg is required lazily, only when a picture
// needs it. Other assets (SVG, pictures at or below display size) pass through unchanged.
import { createRequire } from 'node:module';
import type { SceneNode } from '../scene/scene.js';
import { derivedPicture, type PictureCache } from './picture-cache.js';
import { imageSize, type Size } from './pptx/image-size.js';
import type { Asset, AssetStore } from './renderer.js';

/** SVG and HTML: 2 image pixels per CSS px, the density of most laptop and phone screens. */
export const SVG_IMAGE_DENSITY = 2;
/** PDF: 2 image pixels per scene px (1 px = 0.75 pt), 192 dpi at full size, more on a fitted page. */
export const PDF_IMAGE_DENSITY = 2;

/**
 * At most this much smaller per resvg pass: bicubic sampling aliases on larger steps, and each pass
 * re-encodes a PNG (measured on a 1600x1200 picture to 320x240: one pass 100-170 ms, passes of 2x
 * 270-400 ms, mostly encoding the 800x600 intermediate; passes of 4x add ~50 ms to one pass).
 */
const STEP = 4;

type Images = readonly Extract<SceneNode, { kind: 'image' }>[];

function imagesOf(nodes: readonly SceneNode[], out: Extract<SceneNode, { kind: 'image' }>[] = []): Images {
  for (const node of nodes) {
    if (node.kind === 'image') out.push(node);
    else if (node.kind === 'group') imagesOf(node.children, out);
  }
  return out;
}

/** The pixel size a picture needs in its box: fitted ('contain') or filling it ('cover'), at the density. */
export function displayPixels(size: Size, box: { width: number; height: number }, fit: 'contain' | 'cover', density: number): Size {
  const sx = box.width / size.width;
  const sy = box.height / size.height;
  const scale = (fit === 'contain' ? Math.min(sx, sy) : Math.max(sx, sy)) * density;
  // Rounded to a millionth first: 1600 * 0.1 * 3 is 480.00000000000006, which must not ceil to 481.
  const px = (v: number): number => Math.max(1, Math.ceil(Math.round(v * 1e6) / 1e6));
  return { width: px(size.width * scale), height: px(size.height * scale) };
}

function resample(asset: Asset, from: Size, to: Size): Uint8Array {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  let bytes = asset.bytes;
  let mediaType: string = asset.mediaType;
  let current = from;
  while (current.width > to.width) {
    const next =
      current.width > STEP * to.width ? { width: Math.ceil(current.width / STEP), height: Math.ceil(current.height / STEP) } : to;
    const href = `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${next.width}" height="${next.height}"><image width="${next.width}" height="${next.height}" preserveAspectRatio="none" href="${href}"/></svg>`;
    bytes = new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: 'off' }).render().asPng();
    mediaType = 'image/png';
    current = next;
  }
  return bytes;
}

/**
 * The store with every PNG/JPEG that `nodes` draw smaller than its pixels replaced by a display-size
 * PNG. With `pictures` (the render's shared cache), a picture is resampled once per size between renderers.
 */
export function displaySizedAssets(assets: AssetStore, nodes: readonly SceneNode[], density: number, pictures?: PictureCache): AssetStore {
  const needed = new Map<string, { size: Size; target: Size }>();
  for (const img of imagesOf(nodes)) {
    const asset = assets.get(img.asset);
    if (!asset || asset.mediaType === 'image/svg+xml' || img.width <= 0 || img.height <= 0) continue;
    const size = imageSize(asset.bytes);
    if (!size) continue;
    const want = displayPixels(size, img, img.fit ?? 'cover', density);
    const before = needed.get(img.asset)?.target;
    // The largest box a picture is drawn in decides; aspect kept from the picture itself.
    const width = Math.min(size.width, Math.max(want.width, before?.width ?? 0));
    needed.set(img.asset, { size, target: { width, height: Math.max(1, Math.round((size.height * width) / size.width)) } });
  }
  const resized = new Map<string, Asset>();
  for (const [key, { size, target }] of needed) {
    const asset = assets.get(key);
    if (!asset || target.width >= size.width) continue;
    try {
      resized.set(
        key,
        derivedPicture(
          pictures,
          asset,
          `${target.width}x${target.height}`,
          (): Asset => ({ bytes: resample(asset, size, target), mediaType: 'image/png' }),
        ),
      );
    } catch {
      // A picture resvg cannot decode is embedded as it is, as before.
    }
  }
  if (resized.size === 0) return assets;
  return { get: (key) => resized.get(key) ?? assets.get(key) };
}
