// pdfkit embeds PNG and JPEG only, so SVG pictures (brand logos are usually SVG) are rasterized
// once per render with resvg into a PNG sharp enough for print; the PNG renderer does the same,
// as resvg draws no text in an SVG nested as an <image>. The picture's text gets the bundled
// faces (Inter, and the fallback faces its characters need). Wraps the AssetStore; never
// changes PNG/JPEG assets. resvg is native, so it is required lazily, only when an SVG is used.
// resvg loads any file an <image href> names (absolute, or relative to the working directory) and
// has no option against it (loadSystemFonts is off; there is no resources switch): it may only be
// given SVG from the AssetStore, which cleans every SVG first (project/clean-svg.ts).
import { createRequire } from 'node:module';
import { bundledFontPath } from '../../assets/bundled-fonts.js';
import type { SceneNode } from '../../scene/scene.js';
import { derivedPicture, type PictureCache } from '../picture-cache.js';
import type { Asset, AssetStore } from '../renderer.js';
import { addFaceUses, type FaceUse } from '../scene-faces.js';

/** Pixels on the longer side: a 200 px logo box printed at 300 dpi needs about 830. */
const RASTER_SIDE = 1200;

function rasterize(asset: Asset): Asset | undefined {
  try {
    const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const svg = Buffer.from(asset.bytes);
    // Every character of the file, markup included: a superset of its text, cheap to scan.
    const uses = new Map<string, FaceUse>();
    const source = svg.toString('utf8');
    addFaceUses(source, 'regular', uses);
    addFaceUses(source, 'semibold', uses);
    const fallbacks = [...uses.values()].map((use) => use.face.file);
    const font = {
      loadSystemFonts: false,
      fontFiles: [bundledFontPath('regular'), bundledFontPath('semibold'), ...fallbacks],
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    };
    const probe = new Resvg(svg, { font, logLevel: 'off' });
    const wide = probe.width >= probe.height;
    const fitTo = wide ? ({ mode: 'width', value: RASTER_SIDE } as const) : ({ mode: 'height', value: RASTER_SIDE } as const);
    const png = new Resvg(svg, { font, fitTo, logLevel: 'off' }).render().asPng();
    return { bytes: png, mediaType: 'image/png' };
  } catch {
    // Not an SVG resvg can read: left out of the PDF, as pdfkit would have left it.
    return undefined;
  }
}

/**
 * A store giving PNG renderings of the SVG assets among `keys`, and everything else as is. With
 * `pictures` (the render's shared cache), PDF and PNG rasterize each SVG once between them.
 */
export function withRasterizedSvg(assets: AssetStore, keys: Iterable<string>, pictures?: PictureCache): AssetStore {
  const rasters = new Map<string, Asset | undefined>();
  for (const key of keys) {
    const asset = assets.get(key);
    if (asset?.mediaType === 'image/svg+xml' && !rasters.has(key)) {
      rasters.set(
        key,
        derivedPicture(pictures, asset, 'raster', () => rasterize(asset)),
      );
    }
  }
  return { get: (key) => (rasters.has(key) ? rasters.get(key) : assets.get(key)) };
}

/** Every asset key the nodes' images name, groups included. */
export function imageKeys(nodes: readonly SceneNode[]): Set<string> {
  const keys = new Set<string>();
  const visit = (node: SceneNode): void => {
    if (node.kind === 'image') keys.add(node.asset);
    else if (node.kind === 'group') node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return keys;
}
