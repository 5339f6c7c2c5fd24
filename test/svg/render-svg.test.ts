// The SVG renderer: well-formed XML for any journey, hostile text comes out literal, links only
// for safe schemes, accessible root, images as data URIs, deterministic bytes.
import { DOMParser, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import { stripInvalidXmlChars } from '../../src/render/markup.js';
import type { AssetStore } from '../../src/render/renderer.js';
import { renderSvg, svgRenderer } from '../../src/render/svg/render-svg.js';
import type { Scene } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { journeyArbitrary, sampleJourney, touchpoint } from '../support/journeys.js';
import { textNodes } from '../support/scene-walk.js';
import { sceneOf } from '../support/view.js';

const noAssets: AssetStore = { get: () => undefined };

/** Parses with a real XML parser; well-formedness errors are collected (xmldom's warnings, such as
 * "replacement character detected" for a literal U+FFFD, are not XML errors). */
function parse(svg: string) {
  const errors: string[] = [];
  const onError = (level: string, message: string) => {
    if (level !== 'warning') errors.push(`${level}: ${message}`);
  };
  const doc = new DOMParser({ onError }).parseFromString(svg, 'image/svg+xml');
  return { doc, errors };
}

const all = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] =>
  Array.from(root.getElementsByTagName(name));

const HOSTILE = [
  '<script>alert(1)</script>',
  `"&'`,
  ']]>',
  'tab\there',
  'ctrl\u0001\u0008\u000b\u000c\u001f end',
  'bad\uFFFE\uFFFF chars',
  'lone \uD800 surrogate \uDC00 x',
  'ok 😀 emoji',
  'replacement \uFFFD kept',
  'separators \u2028\u2029 kept',
];

function hostileJourney(): Journey {
  const tps = HOSTILE.map((text, i) =>
    touchpoint('s', `t${i}`, text, {
      personas: ['maria', 'tom'],
      link: i === 0 ? 'javascript:alert(1)' : i === 1 ? 'https://example.com/?a=1&b="2"' : undefined,
    }),
  );
  return {
    ...sampleJourney,
    title: HOSTILE.join(' | '),
    description: '</desc><script>x</script>',
    stages: [{ id: 's', name: ']]> & <b>', kpis: [], touchpoints: tps }],
  };
}

describe('renderSvg', () => {
  it('gives a well-formed, accessible SVG for the sample journey', () => {
    const scene = sceneOf(sampleJourney, { theme: defaultTheme });
    const svg = renderSvg(scene, { assets: noAssets });
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${scene.width} ${scene.height}`);
    expect(root.getAttribute('font-family')).toMatch(/^Inter, /);
    const ids = (root.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(ids).toHaveLength(2);
    const byId = (id: string) => [...all(doc, 'title'), ...all(doc, 'desc')].find((e) => e.getAttribute('id') === id);
    expect(byId(ids[0]!)?.textContent).toBe(scene.title);
    expect(byId(ids[1]!)?.textContent).toBe(scene.description);
    // Text is real text: every scene line is a tspan.
    expect(all(doc, 'tspan').map((t) => t.textContent)).toContain('Sees an Instagram ad');
    expect(all(doc, 'text').some((t) => t.getAttribute('font-weight') === '600')).toBe(true);
  });

  it('renders hostile text literally and drops characters XML cannot carry', () => {
    const journey = hostileJourney();
    const scene = sceneOf(journey, { theme: defaultTheme });
    const svg = renderSvg(scene, { assets: noAssets });
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    expect(all(doc, 'script')).toHaveLength(0);
    expect(all(doc, 'b')).toHaveLength(0);
    expect(all(doc, 'title')[0]?.textContent).toBe(stripInvalidXmlChars(journey.title));
    expect(all(doc, 'desc')[0]?.textContent).toContain('</desc><script>x</script>');
    const tspans = all(doc, 'tspan').map((t) => t.textContent ?? '');
    // Every scene line comes back as one tspan, in order, literally, minus invalid characters.
    const lines = textNodes(scene).flatMap((t) => t.lines.map((l) => l.text));
    expect(tspans).toEqual(lines.map(stripInvalidXmlChars));
    // The touchpoint names are short enough for one line (wrapping folds runs of blanks).
    for (const text of HOSTILE) expect(lines).toContain(text.replace(/[ \t]+/g, ' '));
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('emits links only for http(s) and mailto, with escaped attributes', () => {
    const svg = renderSvg(sceneOf(hostileJourney(), { theme: defaultTheme }), { assets: noAssets });
    const { doc } = parse(svg);
    const hrefs = all(doc, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com/?a=1&b="2"']);
    expect(svg).not.toContain('javascript:');
  });

  it('puts group semantics in data attributes for the HTML renderer', () => {
    const { doc } = parse(renderSvg(sceneOf(sampleJourney, { theme: defaultTheme }), { assets: noAssets }));
    const gs = all(doc, 'g');
    const curve = gs.find((g) => g.getAttribute('data-role') === 'emotion-curve' && g.getAttribute('data-ref') === 'tom');
    expect(curve?.getAttribute('data-personas')).toBe('tom');
    expect(curve?.getAttribute('class')).toBe('jm-emotion-curve');
    expect(curve?.getAttribute('data-kind')).toBe('persona');
    const lanes = gs.filter((g) => g.getAttribute('class') === 'jm-lane').map((g) => g.getAttribute('data-ref'));
    expect(lanes).toEqual(sampleJourney.lanes.map((l) => l.id));
  });

  it('embeds images as data URIs from the asset store', () => {
    const scene: Scene = {
      width: 100,
      height: 50,
      background: '#fff',
      title: 't',
      description: 'd',
      nodes: [
        { kind: 'image', x: 1, y: 2, width: 30, height: 30, asset: 'maria.png' },
        { kind: 'image', x: 40, y: 2, width: 30, height: 30, asset: 'missing.png' },
      ],
    };
    const bytes = new Uint8Array([137, 80, 78, 71]);
    const svg = renderSvg(scene, { assets: { get: (p) => (p === 'maria.png' ? { bytes, mediaType: 'image/png' } : undefined) } });
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    const images = all(doc, 'image');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('href')).toBe(`data:image/png;base64,${Buffer.from(bytes).toString('base64')}`);
  });

  it('shows persona images from the journey in the legend', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const svg = renderSvg(sceneOf(sampleJourney, { theme: defaultTheme }), {
      assets: { get: (p) => (p === 'images/maria.png' ? { bytes, mediaType: 'image/png' } : undefined) },
    });
    const images = all(parse(svg).doc, 'image');
    expect(images.map((i) => i.getAttribute('href'))).toEqual(['data:image/png;base64,AQID']);
  });

  it('fits a theme logo whole (meet) and crops persona photos to their box (slice)', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const theme = { ...defaultTheme, logo: 'brand/logo.svg' };
    const assets: AssetStore = {
      get: (p) =>
        p === 'images/maria.png'
          ? { bytes, mediaType: 'image/png' }
          : p === 'brand/logo.svg'
            ? { bytes, mediaType: 'image/svg+xml' }
            : undefined,
    };
    const images = all(parse(renderSvg(sceneOf(sampleJourney, { theme }), { assets })).doc, 'image');
    const byHref = (mediaType: string) => images.find((i) => i.getAttribute('href')?.startsWith(`data:${mediaType};`));
    expect(byHref('image/svg+xml')?.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expect(byHref('image/png')?.getAttribute('preserveAspectRatio')).toBe('xMidYMid slice');
    expect(images).toHaveLength(2);
  });

  it('formats numbers without exponents or trailing zeros, deterministically', async () => {
    const scene: Scene = {
      width: 100.5,
      height: 50,
      background: '#fff',
      title: 't',
      description: 'd',
      nodes: [
        { kind: 'rect', x: 1e-7, y: 0.1 + 0.2, width: 10.0, height: -0, fill: '#000' },
        {
          kind: 'path',
          commands: [{ op: 'M', x: 1.005, y: 2.5 }, { op: 'L', x: 3, y: 4 }, { op: 'Z' }],
          stroke: { color: '#000', width: 1.25 },
        },
      ],
    };
    const svg = renderSvg(scene, { assets: noAssets });
    expect(svg).toContain('<rect x="0" y="0.3" width="10" height="0" fill="#000"/>');
    expect(svg).toMatch(/d="M1(\.01)? 2\.5L3 4Z"/);
    expect(svg).not.toMatch(/\d[eE][+-]?\d/);
    const a = await svgRenderer.render(sceneOf(sampleJourney, { theme: defaultTheme }), { assets: noAssets } as never);
    const b = await svgRenderer.render(sceneOf(sampleJourney, { theme: defaultTheme }), { assets: noAssets } as never);
    expect(a).toBe(b);
    expect(svgRenderer).toMatchObject({ format: 'svg', extension: 'svg', mediaType: 'image/svg+xml' });
  });

  it('random valid journeys always give well-formed SVG', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxStages: 4, maxTouchpoints: 3 }), fc.boolean(), (journey, onePersona) => {
        const scene = sceneOf(journey, { theme: defaultTheme, ...(onePersona ? { persona: 'p0' } : {}) });
        const { doc, errors } = parse(renderSvg(scene, { assets: noAssets }));
        expect(errors).toEqual([]);
        expect(all(doc, 'title')[0]?.textContent).toBe(stripInvalidXmlChars(journey.title));
      }),
      { numRuns: 80 },
    );
  });
});
