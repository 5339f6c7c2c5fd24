// The pptx format: deterministic bytes, a map slide made of native shapes and text boxes at the
// Scene's places (every Scene line as editable text), slides per persona, a native KPI table and
// the action list, theme colours; then LibreOffice opens it and pdftotext reads every word back.
import { createRequire } from 'node:module';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import { renderPptx } from '../../src/render/pptx/pptx-renderer.js';
import { collectKpis, groupByOwner, statusText } from '../../src/render/summary-data.js';
import type { Scene, SceneNode, TextNode } from '../../src/scene/scene.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { wordsFor } from '../../src/words/say.js';
import { sampleJourney as fixtureJourney, sceneFor } from '../pdf/pdf-fixture.js';
import { run, words } from '../pdf/pdf-tools.js';
import { skipWithout } from '../support/consumers.js';
import { renderContextOf } from '../support/view.js';
import { convertWithLibreOffice, skipWithoutLibreOffice } from './libreoffice.js';

// A hand-made Scene (stage headers, cards, a curve, a filled path, anchored texts): independent of layout/.
const sampleJourney = fixtureJourney();
const catalogue = wordsFor();
const scene: Scene = sceneFor(sampleJourney);
const render = (extra: Parameters<typeof renderContextOf>[1] = {}) => renderPptx(scene, renderContextOf(sampleJourney, extra));

const flat = (nodes: readonly SceneNode[]): SceneNode[] => nodes.flatMap((n) => (n.kind === 'group' ? flat(n.children) : [n]));
const textNodes = flat(scene.nodes).filter((n): n is TextNode => n.kind === 'text');
const pathCount = flat(scene.nodes).filter((n) => n.kind === 'path' && n.commands.filter((c) => c.op !== 'Z').length >= 2).length;
const shownPersonas = sampleJourney.personas.filter((p) => !p.implicit);
const actionCount = sampleJourney.stages.reduce((n, s) => n + groupByOwner(s, sampleJourney).reduce((m, g) => m + g.items.length, 0), 0);

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');
const texts = (doc: ReturnType<typeof xml>): string[] => Array.from(doc.getElementsByTagName('a:t')).map((t) => t.textContent ?? '');

async function slides(bytes: Uint8Array): Promise<{ zip: JSZip; slideXml: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return { zip, slideXml: await Promise.all(names.map((n) => zip.file(n)!.async('string'))) };
}

describe('pptx renderer', () => {
  let bytes: Uint8Array;
  let slideXml: string[];
  let zip: JSZip;
  beforeAll(async () => {
    bytes = await render({ epoch: 1_700_000_000 });
    ({ zip, slideXml } = await slides(bytes));
  });

  it('gives byte-identical files for the same input, dated by SOURCE_DATE_EPOCH', async () => {
    expect(Buffer.from(await render({ epoch: 1_700_000_000 })).equals(Buffer.from(bytes))).toBe(true);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>');
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('2023-11-14T22:13:20.000Z');
    // Without SOURCE_DATE_EPOCH: the fixed 2000-01-01, never the clock.
    const undated = await JSZip.loadAsync(await render());
    expect(await undated.file('docProps/core.xml')!.async('string')).toContain('2000-01-01T00:00:00Z</dcterms:created>');
  });

  it('has the map slide, one slide per persona, the KPI table and the action list', () => {
    const kpiSlides = slideXml.filter((s) => texts(xml(s)).includes('KPIs'));
    const actionSlides = slideXml.filter((s) => texts(xml(s)).includes('Action list'));
    expect(kpiSlides.length).toBeGreaterThanOrEqual(1);
    expect(actionSlides.length).toBeGreaterThanOrEqual(1);
    expect(slideXml.length).toBe(1 + shownPersonas.length + kpiSlides.length + actionSlides.length);
    shownPersonas.forEach((p, i) => expect(texts(xml(slideXml[1 + i]!))).toContain(p.name));
  });

  it('sizes the slide to the map (fit) or to 16:9 with the map scaled', async () => {
    const fit = await zip.file('ppt/presentation.xml')!.async('string');
    const emu = (px: number) => Math.round((px / 96) * 914400);
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(fit)!;
    expect(Math.abs(Number(cx) - emu(scene.width))).toBeLessThan(200);
    expect(Math.abs(Number(cy) - emu(scene.height))).toBeLessThan(200);
    const wide = await JSZip.loadAsync(await render({ options: { slide: '16:9' } }));
    expect(await wide.file('ppt/presentation.xml')!.async('string')).toMatch(/<p:sldSz cx="1219\d{4}" cy="6858000"/);
  });

  it('paints every Scene text line as editable text, in order, and every path as a freeform shape', () => {
    const map = slideXml[0]!;
    const shown = texts(xml(map));
    expect(shown).toEqual(textNodes.flatMap((t) => t.lines.map((l) => l.text)));
    expect(map.split('<a:custGeom>').length - 1).toBe(pathCount);
    // Text boxes, never pictures of text: the map slide holds no image.
    expect(map).not.toContain('<p:pic>');
  });

  it('links the texts of a linked touchpoint to its link', async () => {
    const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
    const rel = /<Relationship Id="(rId\d+)"[^>]*Target="https:\/\/example.com\/campaign"[^>]*TargetMode="External"/.exec(rels);
    expect(rel).not.toBeNull();
    const linked = Array.from(xml(slideXml[0]!).getElementsByTagName('a:r')).filter(
      (r) => r.getElementsByTagName('a:hlinkClick')[0]?.getAttribute('r:id') === rel![1],
    );
    expect(linked.map((r) => r.getElementsByTagName('a:t')[0]!.textContent)).toEqual(['Sees an Instagram ad']);
  });

  it('places each text box where the Scene put its text', () => {
    const doc = xml(slideXml[0]!);
    const shapes = Array.from(doc.getElementsByTagName('p:sp')).filter((sp) => sp.getElementsByTagName('a:t').length > 0);
    expect(shapes.length).toBe(textNodes.length);
    const emuPerPx = 914400 / 96;
    shapes.forEach((sp, i) => {
      const node = textNodes[i]!;
      const x = Number(sp.getElementsByTagName('a:off')[0]!.getAttribute('x')) / emuPerPx;
      const w = Number(sp.getElementsByTagName('a:ext')[0]!.getAttribute('cx')) / emuPerPx;
      // The box keeps the Scene's box (widened by 4% so PowerPoint does not re-wrap).
      expect(x).toBeLessThanOrEqual(node.box.x + 0.5);
      expect(x + w).toBeGreaterThanOrEqual(node.box.x + node.box.width - 0.5);
      expect(w).toBeLessThanOrEqual(node.box.width * 1.05 + 1);
    });
  });

  it('puts the KPIs in a native table with their status, and the brand colours on the header band', () => {
    const kpiSlide = slideXml.find((s) => texts(xml(s)).includes('KPIs'))!;
    const rows = collectKpis(sampleJourney, catalogue);
    const allKpiText = slideXml.filter((s) => texts(xml(s)).includes('KPIs')).flatMap((s) => texts(xml(s)));
    expect(kpiSlide).toContain('<a:tbl>');
    for (const row of rows) {
      expect(allKpiText).toContain(row.kpi.name);
      expect(allKpiText).toContain(statusText(row.kpi, catalogue));
    }
    const header = defaultTheme.colors.headerBackground.slice(1).toUpperCase();
    for (const s of slideXml.slice(1)) expect(s).toContain(`<a:srgbClr val="${header}"`);
  });
});

describe('pptx action list with the service blueprint', () => {
  it('shows failure points with their recovery and handoffs, as the PDF action list does', async () => {
    const [first, second, third] = sampleJourney.stages;
    const blueprint: Journey = {
      ...sampleJourney,
      handoffs: [{ from: 'installs', to: 'pays', fromOwner: 'Product', toOwner: 'Payments', risky: true }],
      stages: [
        first!,
        {
          ...second!,
          touchpoints: second!.touchpoints.map((tp) =>
            tp.id === 'installs' ? { ...tp, fails: ['App store rejects the card'], recovery: 'Offer the web shop' } : tp,
          ),
        },
        third!,
      ],
    };
    const all = (await slides(await renderPptx(scene, renderContextOf(blueprint)))).slideXml.flatMap((s) => texts(xml(s)));
    expect(all).toContain('Failure');
    expect(all).toContain('App store rejects the card');
    expect(all).toContain('Recovery: Offer the web shop');
    expect(all).toContain('Risky handoff');
    expect(all).toContain('Product → Payments');
  });
});

describe('pptx branding', () => {
  it('shows the theme logo on every slide and the brand name in every summary footer', async () => {
    const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const png = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#f2a900"/></svg>',
    )
      .render()
      .asPng();
    const theme: Theme = { ...defaultTheme, logo: 'brand/logo.png', brand: 'ACME Consulting' };
    // The map's logo is an image node of the Scene (layout puts it in the header band).
    const branded: Scene = {
      ...scene,
      nodes: [...scene.nodes, { kind: 'image', x: 700, y: 5, width: 120, height: 40, asset: 'brand/logo.png', fit: 'contain' }],
    };
    const bytes = await renderPptx(
      branded,
      renderContextOf(sampleJourney, {
        theme,
        assets: { get: (k) => (k === theme.logo ? { bytes: png, mediaType: 'image/png' } : undefined) },
      }),
    );
    const { zip, slideXml } = await slides(bytes);
    slideXml.forEach((s, i) => expect(s, `slide ${i + 1}`).toContain('<p:pic>'));
    slideXml.slice(1).forEach((s, i) =>
      expect(
        texts(xml(s)).some((t) => t.startsWith('ACME Consulting · ')),
        `slide ${i + 2}`,
      ).toBe(true),
    );
    // The picture is the logo's own bytes, stored once per use as PNG.
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThanOrEqual(slideXml.length);
    for (const name of media) expect(Buffer.from(await zip.file(name)!.async('uint8array')).equals(Buffer.from(png)), name).toBe(true);
  });
});

describe.skipIf(skipWithoutLibreOffice() || skipWithout('pdftotext', 'pdfinfo'))('pptx opened by LibreOffice', () => {
  let pdf = '';
  let slideCount = 0;
  beforeAll(async () => {
    const bytes = await render();
    slideCount = (await slides(bytes)).slideXml.length;
    pdf = convertWithLibreOffice(bytes, 'map.pptx', 'pdf');
  }, 180_000);

  const pageText = (page: number): string => run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']).replace(/\s+/g, ' ');

  it('opens with one page per slide, the first the size of the map', () => {
    const info = run('pdfinfo', [pdf]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(slideCount);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.abs(Number(w) - scene.width * 0.75)).toBeLessThan(1);
    expect(Math.abs(Number(h) - scene.height * 0.75)).toBeLessThan(1);
  });

  it('reads back every line of the Scene on the map page, each line still on one line', () => {
    const lines = run('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'])
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' '));
    const text = pageText(1);
    for (const node of textNodes) {
      for (const line of node.lines) {
        expect(text).toContain(line.text);
        // Not re-wrapped by LibreOffice: the whole line is found within one printed line.
        expect(
          lines.some((l) => l.includes(line.text)),
          line.text,
        ).toBe(true);
      }
    }
  });

  it('reads back the personas, KPIs and every action, with nothing below the footer line or off the page', () => {
    const all = Array.from({ length: slideCount - 1 }, (_, i) => pageText(i + 2)).join(' ');
    for (const p of shownPersonas) expect(all).toContain(p.name);
    for (const row of collectKpis(sampleJourney, catalogue)) expect(all).toContain(row.kpi.name);
    const items = sampleJourney.stages.flatMap((s) => groupByOwner(s, sampleJourney).flatMap((g) => g.items.map((i) => i.text)));
    expect(items.length).toBe(actionCount);
    for (const item of items) expect(all).toContain(item);
    const info = run('pdfinfo', ['-f', '2', '-l', String(slideCount), pdf]);
    for (let page = 2; page <= slideCount; page++) {
      const [, w, h] = new RegExp(`Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+) pts`).exec(info)!;
      // The footer line sits at 7.0 in of the 7.5 in design canvas (scaled to the slide's width).
      const scale = Math.min(Number(w) / 960, Number(h) / 540);
      const footerTop = 7.0 * 72 * scale;
      for (const word of words(pdf, page)) {
        expect(word.xMax, `${word.text} on page ${page}`).toBeLessThanOrEqual(Number(w));
        if (word.yMin < footerTop - 2) expect(word.yMax, `${word.text} on page ${page}`).toBeLessThanOrEqual(footerTop + 1);
      }
    }
  });
});
