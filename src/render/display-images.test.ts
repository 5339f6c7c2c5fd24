import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { SceneNode } from '../scene/scene.js';
import { displayPixels, displaySizedAssets } from './display-images.js';
import { imageSize } from './pptx/image-size.js';
import type { Asset } from './renderer.js';

const png = (w: number, h: number): Asset => ({
  bytes: new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#123456"/></svg>`,
  )
    .render()
    .asPng(),
  mediaType: 'image/png',
});
const image = (asset: string, width: number, height: number, fit?: 'cover' | 'contain'): SceneNode => ({
  kind: 'image',
  x: 0,
  y: 0,
  width,
  height,
  asset,
  ...(fit ? { fit } : {}),
});

describe('displayPixels', () => {
  it('fits (contain) or fills (cover) the box at the density', () => {
    expect(displayPixels({ width: 1600, height: 1200 }, { width: 176, height: 120 }, 'contain', 2)).toEqual({ width: 320, height: 240 });
    expect(displayPixels({ width: 1600, height: 1200 }, { width: 26, height: 26 }, 'cover', 2)).toEqual({ width: 70, height: 52 });
    expect(displayPixels({ width: 300, height: 900 }, { width: 176, height: 120 }, 'contain', 3)).toEqual({ width: 120, height: 360 });
  });
});

describe('displaySizedAssets', () => {
  const big = png(1600, 1200);
  const store = {
    get: (key: string): Asset | undefined =>
      key === 'big.png' ? big : key === 'logo.svg' ? { bytes: new TextEncoder().encode('<svg/>'), mediaType: 'image/svg+xml' } : undefined,
  };

  it('downscales to the largest box the picture is drawn in, at the density, keeping its aspect', () => {
    const sized = displaySizedAssets(
      store,
      [image('big.png', 176, 120, 'contain'), { kind: 'group', children: [image('big.png', 88, 60, 'contain')] }],
      3,
    );
    expect(imageSize(sized.get('big.png')!.bytes)).toEqual({ width: 480, height: 360 });
    expect(sized.get('big.png')!.mediaType).toBe('image/png');
  });

  it('keeps pictures at or below display size, SVGs and unknown keys as they are', () => {
    expect(displaySizedAssets(store, [image('big.png', 1600, 1200, 'contain')], 1)).toBe(store);
    const sized = displaySizedAssets(store, [image('logo.svg', 10, 10), image('big.png', 100, 75)], 2);
    expect(sized.get('logo.svg')).toEqual(store.get('logo.svg'));
    expect(sized.get('nope')).toBeUndefined();
    expect(imageSize(sized.get('big.png')!.bytes)).toEqual({ width: 200, height: 150 });
  });

  it('keeps a picture whose header gives no size', () => {
    const odd = { get: (): Asset => ({ bytes: new Uint8Array([1, 2, 3]), mediaType: 'image/png' }) };
    expect(displaySizedAssets(odd, [image('x.png', 10, 10)], 1)).toBe(odd);
  });
});
