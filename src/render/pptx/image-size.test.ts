// Picture sizes from PNG and JPEG headers, and fitting a picture into a box.
import { describe, expect, it } from 'vitest';
import { fitInto, imageSize } from './image-size.js';

const png = (w: number, h: number): Uint8Array => {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, w);
  new DataView(b.buffer).setUint32(20, h);
  return b;
};

// SOI, an APP0 segment of 16 bytes, then SOF0 with height 300 and width 500.
const jpeg = new Uint8Array([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0,
  16,
  ...new Array(14).fill(0),
  0xff,
  0xc0,
  0,
  17,
  8,
  0x01,
  0x2c,
  0x01,
  0xf4,
  3,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
]);

describe('imageSize', () => {
  it('reads PNG and JPEG sizes; anything else is unknown', () => {
    expect(imageSize(png(120, 40))).toEqual({ width: 120, height: 40 });
    expect(imageSize(jpeg)).toEqual({ width: 500, height: 300 });
    expect(imageSize(new TextEncoder().encode('<svg/>'))).toBeUndefined();
    expect(imageSize(png(0, 40))).toBeUndefined();
  });
});

describe('fitInto', () => {
  it('contain shows the whole picture centred; cover fills the box', () => {
    const box = { x: 10, y: 10, width: 200, height: 100 };
    expect(fitInto({ width: 100, height: 100 }, box, 'contain')).toEqual({ x: 60, y: 10, width: 100, height: 100 });
    expect(fitInto({ width: 100, height: 100 }, box, 'cover')).toEqual({ x: 10, y: -40, width: 200, height: 200 });
  });
});
