// A picture drawn by many nodes is embedded in the PDF once (paint-scene.ts openedImage), each
// node still showing its own picture; and what one render opened never reaches the next one.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import type { Asset } from '../../src/render/renderer.js';
import type { ImageNode, Scene } from '../../src/scene/scene.js';
import { skipWithout } from '../support/consumers.js';
import { sampleJourney } from '../support/journeys.js';
import { contextFor } from './pdf-fixture.js';
import { PDF_TOOLS, run, writeTemp } from './pdf-tools.js';

/** A w×h PNG of one colour. */
const png = (w: number, h: number, fill: string): Asset => ({
  bytes: new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`,
  )
    .render()
    .asPng(),
  mediaType: 'image/png',
});

/** Each node draws its picture at its pixel size, so no display-size downscaling changes it. */
const picture = (asset: string, x: number, size: number): ImageNode => ({ kind: 'image', x, y: 10, width: size, height: size, asset });

const sceneOf = (nodes: ImageNode[]): Scene => ({ width: 400, height: 100, background: '#ffffff', title: 'T', description: 'D', nodes });

/** pdfimages -list rows of page 1 (page num type width height color comp bpc enc interp object ID …): [width, height, object] per drawn picture. */
async function placements(nodes: ImageNode[], assets: Record<string, Asset>): Promise<[number, number, string][]> {
  const bytes = await renderPdf(sceneOf(nodes), contextFor(sampleJourney, { assets: { get: (key) => assets[key] } }));
  const file = writeTemp(bytes);
  expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  return (
    run('pdfimages', ['-f', '1', '-l', '1', '-list', file])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim().split(/\s+/))
      // A picture with alpha is listed twice: its image and its soft mask.
      .filter((c) => c[2] === 'image')
      .map((c) => [Number(c[3]), Number(c[4]), `${c[10]} ${c[11]}`])
  );
}

describe.skipIf(skipWithout(...PDF_TOOLS))('pictures drawn many times in the PDF', () => {
  it('embeds each picture once and draws every node with its own', async () => {
    const nodes = [
      picture('a.png', 10, 8),
      picture('b.png', 30, 4),
      picture('a.png', 50, 8),
      picture('a.png', 70, 8),
      picture('b.png', 90, 4),
    ];
    const rows = await placements(nodes, { 'a.png': png(8, 8, '#d9480f'), 'b.png': png(4, 4, '#1971c2') });
    expect(rows.map(([w, h]) => [w, h])).toEqual([
      [8, 8],
      [4, 4],
      [8, 8],
      [8, 8],
      [4, 4],
    ]);
    const ids = rows.map(([, , id]) => id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[1]).toBe(ids[4]);
  });

  it('opens the pictures afresh in the next render', async () => {
    const nodes = [picture('a.png', 10, 8), picture('a.png', 50, 8)];
    expect((await placements(nodes, { 'a.png': png(8, 8, '#d9480f') })).map(([w]) => w)).toEqual([8, 8]);
    const later = [picture('a.png', 10, 6), picture('a.png', 50, 6)];
    expect((await placements(later, { 'a.png': png(6, 6, '#2b8a3e') })).map(([w]) => w)).toEqual([6, 6]);
  });
});
