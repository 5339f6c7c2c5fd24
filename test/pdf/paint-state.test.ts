// The map's nodes share one graphics state (render/pdf/paint-scene.ts): a colour, opacity or line
// width is written only when it changes, and a dash or a picture's clip is undone after its node.
// Checked where a broken state shows: poppler's rendering of the page, pixel by pixel.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import type { RectNode, Scene } from '../../src/scene/scene.js';
import { decodePng } from '../png/decode-png.js';
import { skipWithout } from '../support/consumers.js';
import { sampleJourney } from '../support/journeys.js';
import { contextFor } from './pdf-fixture.js';
import { PDF_TOOLS, run, writeTemp } from './pdf-tools.js';

const ORANGE = '#d9480f';
const BLUE = '#1971c2';

/** A 40 px square at column i. */
const square = (i: number, style: Partial<RectNode>): RectNode => ({
  kind: 'rect',
  x: 10 + i * 60,
  y: 10,
  width: 40,
  height: 40,
  ...style,
});

const nodes: RectNode[] = [
  square(0, { fill: ORANGE }),
  square(1, { fill: ORANGE }),
  square(2, { fill: BLUE, opacity: 0.5 }),
  square(3, { stroke: { color: '#000000', width: 4, dash: [6, 6] } }),
  square(4, { stroke: { color: '#000000', width: 4 } }),
  square(5, { fill: ORANGE }),
];

const scene: Scene = { width: 380, height: 60, background: '#ffffff', title: 'T', description: 'D', nodes };

describe.skipIf(skipWithout(...PDF_TOOLS, 'pdftoppm'))('the map page graphics state', () => {
  const rendered = (async () => {
    const file = writeTemp(await renderPdf(scene, contextFor(sampleJourney)));
    // 96 dpi: one scene px is one pixel (the page is in pt, 0.75 of a px).
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', file, `${file}-page`]);
    const qdf = writeTemp(new Uint8Array(), 'qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const pages = readFileSync(qdf, 'latin1').split(/^%% Contents for page \d+$/m);
    return { png: decodePng(readFileSync(`${file}-page.png`)), content: pages[1] ?? '' };
  })();
  const rgb = async (x: number, y: number): Promise<number[]> => {
    const { png } = await rendered;
    const at = (y * png.width + x) * 4;
    return [...png.pixels.subarray(at, at + 3)];
  };
  const near = (actual: number[], expected: number[]): boolean => actual.every((v, i) => Math.abs(v - (expected[i] ?? 0)) <= 3);

  it('fills each square in its own colour and opacity, whatever came before', async () => {
    expect(near(await rgb(30, 30), [217, 72, 15])).toBe(true);
    expect(near(await rgb(90, 30), [217, 72, 15])).toBe(true);
    // Blue at half opacity on white.
    expect(near(await rgb(150, 30), [140, 184, 224])).toBe(true);
    // Orange again, opaque: the half opacity before it does not carry over.
    expect(near(await rgb(330, 30), [217, 72, 15])).toBe(true);
  });

  it('ends a dash with its node: the next stroke is solid', async () => {
    const top = 10;
    const dashed = await Promise.all(Array.from({ length: 24 }, (_, i) => rgb(194 + i, top)));
    expect(dashed.some((p) => near(p, [255, 255, 255]))).toBe(true);
    const solid = await Promise.all(Array.from({ length: 24 }, (_, i) => rgb(254 + i, top)));
    expect(solid.every((p) => near(p, [0, 0, 0]))).toBe(true);
  });

  it('writes a colour once while it stays the current one', async () => {
    const { content } = await rendered;
    expect(content).toContain(' re');
    const orangeFills = content.split('\n').filter((line) => /^0\.85\d* 0\.28\d* 0\.058\d* scn$/.test(line));
    expect(orangeFills).toHaveLength(2);
  });
});
