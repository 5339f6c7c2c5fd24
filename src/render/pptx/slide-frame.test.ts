// Slide sizes and the frames that place the map and the summary canvas on them.
import { describe, expect, it } from 'vitest';
import { designFrame, MAX_SLIDE_INCHES, mapFrame, pxToPt, toLen, toX, toY, WIDE } from './slide-frame.js';

describe('mapFrame', () => {
  it('fit: the slide is the map at 96 px per inch, 1 px = 0.75 pt', () => {
    const { slide, frame } = mapFrame(1920, 960, 'fit');
    expect(slide).toEqual({ width: 20, height: 10 });
    expect([toX(frame, 960), toY(frame, 480), toLen(frame, 96)]).toEqual([10, 5, 1]);
    expect(pxToPt(frame, 16)).toBe(12);
  });

  it("fit: a map past PowerPoint's 56-inch limit is shrunk to it, keeping its aspect", () => {
    const { slide, frame } = mapFrame(96 * 112, 96 * 28, 'fit');
    expect(slide).toEqual({ width: MAX_SLIDE_INCHES, height: 14 });
    expect(pxToPt(frame, 16)).toBe(6);
  });

  it('16:9: the map scaled to the widescreen slide and centred', () => {
    const { slide, frame } = mapFrame(1920, 1920, '16:9');
    expect(slide).toEqual(WIDE);
    // A square map is as tall as the slide and centred across.
    expect(toY(frame, 0)).toBe(0);
    expect(toY(frame, 1920)).toBe(7.5);
    expect(toX(frame, 960)).toBeCloseTo(WIDE.width / 2, 3);
  });
});

describe('designFrame', () => {
  it('scales the 13.333 x 7.5 canvas to the slide, centred across, at the top', () => {
    const frame = designFrame({ width: 26.666, height: 20 });
    expect(frame.scale).toBeCloseTo(2, 3);
    expect(frame.offsetY).toBe(0);
    expect(toX(frame, WIDE.width / 2)).toBeCloseTo(13.333, 2);
  });
});
