// Language 1.1, part A, in every format, checked with the real consumers: the SVG parsed by an XML
// parser (links, texts, the picture at display size), the PDF by qpdf, pdftotext and pdfimages (the
// detail link as a GoToR action, the action list's failures and handoffs, the picture's pixels), the
// PNG's pixels (the storyboard picture where the Scene puts it). The HTML page: test/browser.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import { renderPng } from '../../src/render/png/png-renderer.js';
import { renderSvg } from '../../src/render/svg/render-svg.js';
import type { ImageNode } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { PDF_TOOLS, run, words, writeTemp } from '../pdf/pdf-tools.js';
import { decodePng, readPngHeader } from '../png/decode-png.js';
import { blueprintAssets, blueprintJourney, PICTURE_COLOR } from '../support/blueprint-journey.js';
import { skipWithout } from '../support/consumers.js';
import { flatten } from '../support/scene-walk.js';
import { renderContextOf, sceneOf } from '../support/view.js';

const scene = sceneOf(blueprintJourney, { theme: defaultTheme });
const context = renderContextOf(blueprintJourney, { assets: blueprintAssets });
const picture = flatten(scene.nodes).find((n): n is ImageNode => n.kind === 'image')!;
const all = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] =>
  Array.from(root.getElementsByTagName(name));
const dataBytes = (href: string): Uint8Array => Buffer.from(href.replace(/^data:image\/png;base64,/, ''), 'base64');

describe('SVG', () => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, m: string) => (level === 'warning' ? undefined : errors.push(m)) }).parseFromString(
    renderSvg(scene, context),
    'image/svg+xml',
  );

  it('links the detail badge to the detail map’s SVG, beside (never inside) the step’s own link', () => {
    expect(errors).toEqual([]);
    const links = all(doc, 'a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/tracking', '../details/door.svg']);
    for (const a of links) expect(all(a, 'a')).toEqual([]);
    const badge = links[1]!.parentNode as Element;
    expect(badge.getAttribute('data-role')).toBe('detail-link');
    expect(badge.getAttribute('aria-label')).toBe('Open the detail map of Waits for the courier');
  });

  it('writes the time, failure and handoff words', () => {
    const texts = all(doc, 'text').map((t) => t.textContent);
    for (const text of [
      'Waits 1 d',
      'Longest wait',
      'Takes 3 min',
      'Elapsed 1 d 2 h',
      'Risky handoff from Web',
      'Handoff from Logistics',
      'Courier cannot find the door',
      'No recovery defined',
      'Detail map',
      'Failure point',
    ]) {
      expect(texts).toContain(text);
    }
  });

  it('embeds the 1600x1200 picture at display size: its 160x120 px box at 2 px per px', () => {
    const images = all(doc, 'image');
    expect(images).toHaveLength(1);
    const header = readPngHeader(dataBytes(images[0]!.getAttribute('href')!));
    expect([header.width, header.height]).toEqual([320, 240]);
    expect(images[0]!.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
  });

  it('at a higher density (the PNG renderer at --scale 3) embeds the picture at 3 px per px', () => {
    const dense = new DOMParser().parseFromString(renderSvg(scene, context, { imageDensity: 3 }), 'image/svg+xml');
    const header = readPngHeader(dataBytes(all(dense, 'image')[0]!.getAttribute('href')!));
    expect([header.width, header.height]).toEqual([480, 360]);
  });

  it('keeps a picture already at or below display size as it is', () => {
    const small = new Uint8Array(dataBytes(all(doc, 'image')[0]!.getAttribute('href')!));
    const svg = renderSvg(scene, { assets: { get: () => ({ bytes: small, mediaType: 'image/png' }) } });
    expect(svg).toContain(Buffer.from(small).toString('base64'));
  });
});

describe.skipIf(skipWithout(...PDF_TOOLS))('PDF', async () => {
  const file = writeTemp(await renderPdf(scene, context));

  it('links the detail badge with a GoToR action to the detail map’s PDF, first page fitted', () => {
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
    };
    const actions = Object.values(json.qpdf[1]).flatMap((o) => (o.value?.['/S'] === '/GoToR' ? [o.value] : []));
    expect(actions).toEqual([{ '/S': '/GoToR', '/F': 'u:../details/door.pdf', '/D': [0, '/Fit'] }]);
  });

  it('lists failure points with their recovery and handoffs in the action list', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
    const text = run('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', file, '-']);
    expect(text).toContain('Action list');
    for (const expected of [
      'Failure',
      'Courier cannot find the door',
      'No recovery defined',
      'Wrong parcel',
      'Recovery: Courier swaps it the same day',
      'Risky handoff',
      'Web → Logistics',
      'Handoff',
      'Logistics → Customer care',
      '2 failure points',
      '2 handoffs',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('embeds the picture at display size (320x240 px), not 1600x1200', () => {
    const list = run('pdfimages', ['-list', file])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/));
    // The picture and its alpha mask (resvg writes RGBA), both 320x240.
    expect(list.map((cols) => [cols[2], Number(cols[3]), Number(cols[4])])).toEqual([
      ['image', 320, 240],
      ['smask', 320, 240],
    ]);
    expect(words(file, 1).some((w) => w.text === 'Longest')).toBe(true);
  });
});

describe('PNG', () => {
  it('shows the storyboard picture, contained, in its box', async () => {
    const png = decodePng(await renderPng(scene, context));
    expect([png.width, png.height]).toEqual([Math.round(scene.width), Math.round(scene.height)]);
    // The moment of truth's 7% band lies over the step's column, picture included.
    const rgb = (hex: string): number[] => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    const band = rgb(defaultTheme.colors.critical);
    const [r, g, b] = rgb(PICTURE_COLOR).map((v, i) => v * 0.93 + band[i]! * 0.07);
    const at = (x: number, y: number): boolean => {
      const i = (y * png.width + x) * 4;
      return Math.abs(png.pixels[i]! - r!) <= 2 && Math.abs(png.pixels[i + 1]! - g!) <= 2 && Math.abs(png.pixels[i + 2]! - b!) <= 2;
    };
    // The 4:3 picture in the 176x120 box: 160x120, centred (8 px free each side).
    const x0 = Math.ceil(picture.x + 8) + 1;
    const y0 = Math.ceil(picture.y) + 1;
    let inside = 0;
    for (let y = y0; y < y0 + 117; y++) for (let x = x0; x < x0 + 157; x++) inside += at(x, y) ? 1 : 0;
    expect(inside).toBe(157 * 117);
    // Nothing of it in the 8 px either side, nor anywhere else on the map.
    let total = 0;
    for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) total += at(x, y) ? 1 : 0;
    expect(total).toBeLessThanOrEqual(162 * 122);
    expect(at(Math.floor(picture.x + 3), y0 + 50)).toBe(false);
  });
});
