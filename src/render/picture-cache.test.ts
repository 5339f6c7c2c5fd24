// The render's shared picture cache: PDF and PNG rasterize an SVG and resample a picture once
// between them, and nothing is shared across pictures, sizes or renders.
import { describe, expect, it } from 'vitest';
import type { ImageNode } from '../scene/scene.js';
import { displaySizedAssets } from './display-images.js';
import { withRasterizedSvg } from './pdf/raster-svg-assets.js';
import { createPictureCache } from './picture-cache.js';
import { imageSize } from './pptx/image-size.js';
import type { Asset, AssetStore } from './renderer.js';

const svg = (fill: string): Asset => ({
  bytes: new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="${fill}"/></svg>`,
  ),
  mediaType: 'image/svg+xml',
});

const storeOf = (assets: Record<string, Asset>): AssetStore => ({ get: (key) => assets[key] });

const picture = (asset: string, width: number): ImageNode => ({ kind: 'image', x: 0, y: 0, width, height: (width * 3) / 4, asset });

describe('createPictureCache', () => {
  it('makes once per source and kind, and keeps no throw', () => {
    const cache = createPictureCache();
    const a = svg('#d9480f');
    const twin = svg('#d9480f');
    let made = 0;
    const make = () => ++made;
    expect([cache.derived(a, 'raster', make), cache.derived(a, 'raster', make)]).toEqual([1, 1]);
    expect(cache.derived(a, '200x150', make)).toBe(2);
    expect(cache.derived(twin, 'raster', make)).toBe(3);
    expect(() =>
      cache.derived(a, 'broken', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(cache.derived(a, 'broken', make)).toBe(4);
  });
});

describe('pictures shared by the renderers of one render', () => {
  const assets = storeOf({ 'a.svg': svg('#d9480f'), 'b.svg': svg('#1971c2') });

  it('rasterizes each SVG once for PDF and PNG, each its own', () => {
    const pictures = createPictureCache();
    const forPdf = withRasterizedSvg(assets, ['a.svg', 'b.svg'], pictures);
    const forPng = withRasterizedSvg(assets, ['a.svg'], pictures);
    expect(forPng.get('a.svg')).toBe(forPdf.get('a.svg'));
    expect(forPdf.get('a.svg')?.mediaType).toBe('image/png');
    expect(Buffer.from(forPdf.get('b.svg')!.bytes).equals(Buffer.from(forPdf.get('a.svg')!.bytes))).toBe(false);
    // Another render (another cache, another store) rasterizes its own picture under the same key.
    const later = withRasterizedSvg(storeOf({ 'a.svg': svg('#2b8a3e') }), ['a.svg'], createPictureCache());
    expect(Buffer.from(later.get('a.svg')!.bytes).equals(Buffer.from(forPdf.get('a.svg')!.bytes))).toBe(false);
  });

  it('resamples a picture once per size', () => {
    const pictures = createPictureCache();
    const rasters = withRasterizedSvg(assets, ['a.svg'], pictures);
    const nodes = [picture('a.svg', 100)];
    const first = displaySizedAssets(rasters, nodes, 2, pictures).get('a.svg')!;
    expect(displaySizedAssets(rasters, nodes, 2, pictures).get('a.svg')).toBe(first);
    expect(imageSize(first.bytes)).toEqual({ width: 200, height: 150 });
    const smaller = displaySizedAssets(rasters, nodes, 1, pictures).get('a.svg')!;
    expect(imageSize(smaller.bytes)).toEqual({ width: 100, height: 75 });
  });
});
