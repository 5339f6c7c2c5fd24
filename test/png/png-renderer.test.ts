// The PNG renderer through its real consumer chain (SVG → resvg → PNG bytes → our decoder):
// size per --scale, determinism, option validation, and "same picture everywhere" — pixels at
// Scene rect positions have the rect's fill, whatever fonts the machine has.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import {
  fittedPngScale,
  MAX_PNG_PIXELS,
  MAX_PNG_SCALE,
  MAX_PNG_SIDE,
  parsePngScale,
  pngRenderer,
  renderPng,
} from '../../src/render/png/png-renderer.js';
import type { RenderContext } from '../../src/render/renderer.js';
import type { Scene, SceneNode } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { sampleJourney } from '../support/journeys.js';
import { renderContextOf } from '../support/view.js';
import { decodePng, PNG_SIGNATURE, readPngHeader } from './decode-png.js';
import { colorProbes, hexToRgb } from './scene-probes.js';

const colors = defaultTheme.colors;

function text(value: string, x: number, y: number, width: number, size: number, color: string): SceneNode {
  return {
    kind: 'text',
    lines: [{ text: value, x, y: y + size, width: value.length * size * 0.55 }],
    font: { face: 'semibold', size },
    color,
    anchor: 'start',
    box: { x, y, width, height: size * 1.4 },
  };
}

/** A hand-made Scene shaped like a small map: header band, two stage headers, a card, a curve. */
function sampleScene(): Scene {
  const stage = (i: number, name: string): SceneNode => ({
    kind: 'group',
    role: 'stage-header',
    ref: { kind: 'stage', id: name.toLowerCase() },
    children: [
      { kind: 'rect', x: 20 + i * 190, y: 80, width: 180, height: 40, radius: 6, fill: colors.stageBackgrounds[i]! },
      text(name, 32 + i * 190, 86, 100, 15, colors.stageText),
    ],
  });
  return {
    width: 420,
    height: 260,
    background: colors.background,
    title: 'Sample',
    description: 'A hand-made scene',
    nodes: [
      {
        kind: 'group',
        role: 'header',
        children: [
          { kind: 'rect', x: 0, y: 0, width: 420, height: 64, fill: colors.headerBackground },
          text('First grocery order', 20, 16, 260, 22, colors.headerText),
        ],
      },
      stage(0, 'Awareness'),
      stage(1, 'Checkout'),
      {
        kind: 'group',
        role: 'touchpoint',
        children: [
          {
            kind: 'rect',
            x: 30,
            y: 140,
            width: 160,
            height: 50,
            radius: 4,
            fill: colors.cardBackground,
            stroke: { color: colors.cardBorder, width: 1 },
          },
          { kind: 'rect', x: 30, y: 140, width: 6, height: 50, fill: colors.critical },
          text('Sees an ad', 44, 150, 140, 11, colors.text),
        ],
      },
      {
        kind: 'path',
        commands: [
          { op: 'M', x: 220, y: 230 },
          { op: 'C', x1: 260, y1: 150, x2: 320, y2: 250, x: 400, y: 170 },
        ],
        stroke: { color: '#0072b2', width: 2.5 },
      },
    ],
  };
}

function context(options: RenderContext['options'] = {}): RenderContext {
  return renderContextOf(sampleJourney, { options });
}

function pixelAt(png: ReturnType<typeof decodePng>, x: number, y: number): number[] {
  const i = (Math.floor(y) * png.width + Math.floor(x)) * 4;
  return [...png.pixels.subarray(i, i + 4)];
}

describe('pngRenderer', () => {
  it('is registered as png', () => {
    expect(pngRenderer).toMatchObject({ format: 'png', extension: 'png', mediaType: 'image/png' });
  });

  it('writes a PNG whose IHDR size is the scene size times the scale', async () => {
    const scene = sampleScene();
    for (const scale of [1, 2, 0.5, '1.5']) {
      const bytes = await renderPng(scene, context({ scale }));
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      const header = readPngHeader(bytes);
      expect(header.width).toBe(Math.round(scene.width * Number(scale)));
      expect(header.height).toBe(Math.round(scene.height * Number(scale)));
    }
  });

  it('gives byte-identical output for the same scene', async () => {
    const [a, b] = await Promise.all([renderPng(sampleScene(), context({ scale: 2 })), renderPng(sampleScene(), context({ scale: 2 }))]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.each([1, 2])('paints every probed rect in its fill colour at scale %d', async (scale) => {
    const scene = sampleScene();
    const png = decodePng(await renderPng(scene, context({ scale })));
    const probes = colorProbes(scene);
    // The probes must include the header band and both stage headers, or the test proves nothing.
    expect(probes.filter((p) => p.what.startsWith('header'))).toHaveLength(1);
    expect(probes.filter((p) => p.what.startsWith('stage-header'))).toHaveLength(2);
    for (const probe of probes) {
      const [r, g, b, a] = pixelAt(png, probe.x * scale, probe.y * scale);
      expect(a, probe.what).toBe(255);
      expect(Math.abs(r! - probe.rgb[0]), probe.what).toBeLessThanOrEqual(2);
      expect(Math.abs(g! - probe.rgb[1]), probe.what).toBeLessThanOrEqual(2);
      expect(Math.abs(b! - probe.rgb[2]), probe.what).toBeLessThanOrEqual(2);
    }
  });

  it('draws text with the bundled font: the header title puts light pixels on the dark band', async () => {
    const scene = sampleScene();
    const png = decodePng(await renderPng(scene, context()));
    const light = hexToRgb(colors.headerText)!;
    let lightPixels = 0;
    for (let y = 16; y < 48; y++) {
      for (let x = 20; x < 280; x++) {
        const [r, g, b] = pixelAt(png, x, y);
        if (Math.abs(r! - light[0]) + Math.abs(g! - light[1]) + Math.abs(b! - light[2]) < 60) lightPixels++;
      }
    }
    expect(lightPixels).toBeGreaterThan(300);
  });

  it('fills the canvas with the scene background', async () => {
    const scene = { ...sampleScene(), background: '#fdf1e3', nodes: [] };
    const png = decodePng(await renderPng(scene, context()));
    expect(pixelAt(png, 5, 5)).toEqual([...hexToRgb('#fdf1e3')!, 255]);
    expect(pixelAt(png, scene.width - 1, scene.height - 1)).toEqual([...hexToRgb('#fdf1e3')!, 255]);
  });
});

describe('the scale option', () => {
  it('defaults to 1 and accepts numbers and numeric strings in [0.1, 8]', () => {
    expect(parsePngScale(undefined)).toBe(1);
    expect(parsePngScale(2)).toBe(2);
    expect(parsePngScale('0.25')).toBe(0.25);
    expect(parsePngScale(MAX_PNG_SCALE)).toBe(MAX_PNG_SCALE);
    expect(parsePngScale('0.1')).toBe(0.1);
  });

  it.each([0, -1, 8.01, 100, Number.NaN, Number.POSITIVE_INFINITY, 'abc', '', true, 0.09, 1e-9, '1e-300'])('rejects %s', (scale) => {
    expect(() => parsePngScale(scale)).toThrow(/--scale must be a number from 0\.1 to 8/);
  });

  it('makes render() fail with the same clear error', async () => {
    await expect(renderPng(sampleScene(), context({ scale: 'big' }))).rejects.toThrow(/--scale/);
  });

  it('writes a map beyond the pixel budget smaller, within budget, and warns once', async () => {
    const wide = { ...sampleScene(), width: 36_000, height: 1_600 };
    const reports: Diagnostic[] = [];
    const png = await renderPng(wide, { ...context({ scale: 1 }), report: (d) => reports.push(d) });
    const { width, height } = readPngHeader(png);
    expect(width).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(width * height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(width / height).toBeCloseTo(36_000 / 1_600, 0);
    expect(reports.map((d) => [d.code, d.severity])).toEqual([['png-downscaled', 'warning']]);
    expect(reports[0]?.message).toContain(`${width}×${height}`);
  });

  it('keeps the requested scale, silently, when it fits the budget', () => {
    const scene = sampleScene();
    expect(fittedPngScale(scene, 2)).toBe(2);
    expect(fittedPngScale({ ...scene, width: 2_000, height: 1_000 }, 2)).toBe(2);
    expect(fittedPngScale({ ...scene, width: 2_000, height: 1_000 }, 3)).toBeLessThan(3);
  });
});
