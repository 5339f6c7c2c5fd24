// "Same picture everywhere" on a real map: YAML → loadJourney → layoutJourney → PNG, then the
// pixels at every uncovered filled rect of the Scene (header band, stage headers, lane titles,
// cards) must have that rect's fill. Also: images in the Scene reach the PNG.
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../src/model/load-journey.js';
import { renderPng } from '../../src/render/png/png-renderer.js';
import type { Asset, RenderContext } from '../../src/render/renderer.js';
import type { Scene } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { renderContextOf, sceneOf } from '../support/view.js';
import { type DecodedPng, decodePng, readPngHeader } from './decode-png.js';
import { type ColorProbe, colorProbes, hexToRgb } from './scene-probes.js';

const YAML = `
title: First grocery order
description: From first ad to the second order, for new app customers.
owner: CX team
personas:
  - { id: maria, name: "Maria, busy parent" }
  - { id: tom, name: Tom, color: "#009e73" }
channels:
  - { id: app, name: Mobile app, kind: digital, icon: mobile }
kpis:
  - { name: NPS, value: 31, target: 45 }
stages:
  - id: awareness
    name: Awareness
    kpis: [{ name: CTR, value: 1.8, target: 2.5, unit: "%" }]
    touchpoints:
      - Sees a friend's post
      - name: Sees an Instagram ad
        channel: social
        emotion: { maria: 1, tom: -1 }
        pains: Ad does not say the delivery area
        opportunities: [Show the postcode check in the ad]
  - name: Checkout
    touchpoints:
      - name: Pays
        channel: app
        emotion: -2
        critical: true
        pains: [Card declined]
`;

function sceneFromYaml(): { scene: Scene; context: (scale: number) => RenderContext } {
  const { journey, diagnostics } = loadJourney({ path: 'grocery.journey.yaml', text: YAML }, { readFile: () => undefined });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const scene = sceneOf(journey!, { theme: defaultTheme });
  const context = (scale: number): RenderContext => renderContextOf(journey!, { options: { scale } });
  return { scene, context };
}

function expectProbe(png: DecodedPng, probe: ColorProbe, scale: number): void {
  const i = (Math.floor(probe.y * scale) * png.width + Math.floor(probe.x * scale)) * 4;
  const [r, g, b, a] = png.pixels.subarray(i, i + 4);
  const got = [r, g, b, a].join(',');
  expect(a, probe.what).toBe(255);
  const distance = Math.max(Math.abs(r! - probe.rgb[0]), Math.abs(g! - probe.rgb[1]), Math.abs(b! - probe.rgb[2]));
  expect(distance, `${probe.what}: want ${probe.rgb.join(',')}, got ${got}`).toBeLessThanOrEqual(3);
}

describe('PNG of a laid-out journey', () => {
  it.each([1, 2])('matches the Scene colours at scale %d', async (scale) => {
    const { scene, context } = sceneFromYaml();
    const bytes = await renderPng(scene, context(scale));
    const header = readPngHeader(bytes);
    expect([header.width, header.height]).toEqual([Math.round(scene.width * scale), Math.round(scene.height * scale)]);
    const png = decodePng(bytes);
    const probes = colorProbes(scene);
    expect(probes.some((p) => p.what.startsWith('header'))).toBe(true);
    expect(probes.filter((p) => p.what.startsWith('stage-header')).length).toBeGreaterThanOrEqual(2);
    for (const probe of probes) expectProbe(png, probe, scale);
  });
});

describe('images', () => {
  const swatch = (fill: string): Scene => ({
    width: 12,
    height: 12,
    background: fill,
    title: '',
    description: '',
    nodes: [],
  });

  it('paints PNG and SVG assets named by image nodes', async () => {
    const png: Asset = {
      mediaType: 'image/png',
      bytes: await renderPng(swatch('#cc79a7'), {
        options: {},
        assets: { get: () => undefined },
        journey: { file: 'swatch.journey.yaml' },
        report: () => undefined,
      } as unknown as RenderContext),
    };
    const svg: Asset = {
      mediaType: 'image/svg+xml',
      bytes: new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#e69f00"/></svg>',
      ),
    };
    const assets = new Map([
      ['maria.png', png],
      ['tom.svg', svg],
    ]);
    const scene: Scene = {
      ...swatch('#ffffff'),
      width: 100,
      height: 50,
      nodes: [
        { kind: 'image', x: 10, y: 10, width: 30, height: 30, asset: 'maria.png' },
        { kind: 'image', x: 60, y: 10, width: 30, height: 30, asset: 'tom.svg' },
      ],
    };
    const context = {
      options: {},
      assets: { get: (p: string) => assets.get(p) },
      journey: { file: 'images.journey.yaml' },
      report: () => undefined,
    } as unknown as RenderContext;
    const out = decodePng(await renderPng(scene, context));
    const at = (x: number, y: number): number[] => [...out.pixels.subarray((y * out.width + x) * 4, (y * out.width + x) * 4 + 3)];
    expect(at(25, 25)).toEqual(hexToRgb('#cc79a7'));
    expect(at(75, 25)).toEqual(hexToRgb('#e69f00'));
  });
});
