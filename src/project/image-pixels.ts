// Reads a PNG or JPEG's pixel size from its header (image-size, loaded lazily) before anything
// decodes it, and holds the limit: a picture claiming 100000×100000 pixels is refused, not decoded.
import { createRequire } from 'node:module';

/** The largest side and area an image may claim: a 16384 px side, 50 megapixels in all. */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_PIXELS = 50_000_000;

export type PixelCheck = { width: number; height: number; problem?: undefined } | { problem: 'too-large' | 'invalid'; detail: string };

export function checkPixelSize(bytes: Uint8Array): PixelCheck {
  let width: number | undefined;
  let height: number | undefined;
  try {
    const { imageSize } = createRequire(import.meta.url)('image-size') as typeof import('image-size');
    ({ width, height } = imageSize(bytes));
  } catch (error) {
    return { problem: 'invalid', detail: `its header does not read as an image (${(error as Error).message})` };
  }
  if (!width || !height) return { problem: 'invalid', detail: 'its header gives no pixel size' };
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return {
      problem: 'too-large',
      detail: `it is ${width}×${height} pixels; the limit is ${MAX_IMAGE_SIDE} pixels a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels`,
    };
  }
  return { width, height };
}
