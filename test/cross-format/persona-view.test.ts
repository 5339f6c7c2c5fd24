// One persona view in every format: a journey with a chosen colour (Annika, #d55e00) and a default
// one (Bob, the first palette colour not too close to it: #0072b2) is built as SVG, PDF, HTML and
// PNG, whole and as `--persona bob`. Every format must show the same personas in the same colours:
// the SVG curves, the HTML page's data, every PDF page's pixels and names, the PNG's pixels.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../png/decode-png.js';
import { skipWithout } from '../support/consumers.js';
import { runCli } from '../support/run-cli.js';

const ANN = '#d55e00';
const BOB = '#0072b2';

const JOURNEY = `title: Persona colours
personas:
  - { id: ann, name: Annika Quill, color: "${ANN}", goals: [Pay fast] }
  - { id: bob, name: Bob Marsh, goals: [Find help] }
stages:
  - name: Discover
    touchpoints:
      - { name: Reads the flyer, emotion: { ann: 1, bob: -1 } }
      - { name: Calls the hotline, personas: [bob], emotion: { bob: 2 } }
  - name: Buy
    touchpoints:
      - { name: Orders online, personas: [ann], emotion: { ann: -2 } }
      - { name: Gets the receipt, emotion: { ann: 2, bob: 1 } }
`;

const rgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** How many pixels are (nearly) exactly this colour: curve and marker centres are drawn unblended. */
function countColor(pixels: Uint8Array, channels: number, hex: string): number {
  const [r, g, b] = rgb(hex);
  let n = 0;
  for (let i = 0; i + 2 < pixels.length; i += channels) {
    if (Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b) <= 6) n++;
  }
  return n;
}

/** Pixels of every page of a PDF, rasterized by poppler's pdftoppm as binary PPM. */
function pdfPages(file: string): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'jm-ppm-'));
  execFileSync('pdftoppm', ['-r', '40', file, join(dir, 'p')]);
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      // P6\n<w> <h>\n255\n then RGB triples.
      let fields = 0;
      let at = 0;
      while (fields < 4) {
        while (bytes[at] === 0x20 || bytes[at] === 0x0a) at++;
        while (bytes[at] !== 0x20 && bytes[at] !== 0x0a) at++;
        fields++;
      }
      return bytes.subarray(at + 1);
    });
}

function curveColors(svg: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const colors: Record<string, string> = {};
  for (const g of Array.from(doc.getElementsByTagName('g'))) {
    if (!(g.getAttribute('class') ?? '').split(' ').includes('jm-emotion-curve')) continue;
    const persona = g.getAttribute('data-ref') ?? g.getAttribute('id') ?? '';
    const stroke = Array.from(g.getElementsByTagName('path'))
      .map((p) => p.getAttribute('stroke'))
      .find((s) => s && s !== 'none');
    if (stroke) colors[persona] = stroke.toLowerCase();
  }
  return colors;
}

function pageData(html: string): { personas: { id: string; name: string; color: string }[] } {
  const json = /<script type="application\/json" id="jmp-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return JSON.parse(json ?? 'null');
}

describe.skipIf(skipWithout('pdftoppm', 'pdftotext'))('one persona view in SVG, PDF, HTML and PNG', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jm-persona-view-'));
  writeFileSync(join(dir, 'colours.journey.yaml'), JOURNEY);
  const whole = runCli(['build', 'colours.journey.yaml', '-f', 'svg,pdf,html,png', '-q'], { cwd: dir });
  const bob = runCli(['build', 'colours.journey.yaml', '-f', 'svg,pdf,html,png', '--persona', 'bob', '-q'], { cwd: dir });
  const read = (name: string) => readFileSync(join(dir, 'out', name));

  it('builds both views', () => {
    expect([whole.status, whole.stderr]).toEqual([0, '']);
    expect([bob.status, bob.stderr]).toEqual([0, '']);
  });

  it('SVG: each curve in its persona colour; the view draws only Bob, in his colour', () => {
    const all = Object.values(curveColors(read('colours.svg').toString()));
    expect(all.sort()).toEqual([BOB, ANN].sort());
    expect(Object.values(curveColors(read('colours.bob.svg').toString()))).toEqual([BOB]);
    expect(read('colours.bob.svg').toString().toLowerCase()).not.toContain(ANN);
  });

  it('HTML: the page data lists the personas the map shows, in the map colours', () => {
    const full = pageData(read('colours.html').toString());
    expect(full.personas.map((p) => [p.id, p.color])).toEqual([
      ['ann', ANN],
      ['bob', BOB],
    ]);
    const view = pageData(read('colours.bob.html').toString());
    expect(view.personas.map((p) => [p.id, p.color])).toEqual([['bob', BOB]]);
    expect(read('colours.bob.html').toString()).not.toContain('Annika');
  });

  it("PDF: every page draws Bob in his map colour, never in Annika's; the view has no Annika at all", () => {
    const wholePages = pdfPages(join(dir, 'out', 'colours.pdf'));
    expect(wholePages.length).toBeGreaterThanOrEqual(2);
    // The map page and the personas page show both personas in their own colours.
    for (const page of [wholePages[0]!, wholePages[1]!]) {
      expect(countColor(page, 3, ANN)).toBeGreaterThan(0);
      expect(countColor(page, 3, BOB)).toBeGreaterThan(0);
    }
    const viewPages = pdfPages(join(dir, 'out', 'colours.bob.pdf'));
    for (const page of viewPages) expect(countColor(page, 3, ANN)).toBe(0);
    expect(viewPages.slice(0, 2).every((page) => countColor(page, 3, BOB) > 0)).toBe(true);
    const text = execFileSync('pdftotext', [join(dir, 'out', 'colours.bob.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Bob Marsh');
    expect(text).not.toContain('Annika');
  });

  it("PNG: both colours in the whole map; only Bob's in his view", () => {
    const full = decodePng(read('colours.png'));
    const channels = full.pixels.length / (full.width * full.height);
    expect(countColor(full.pixels, channels, ANN)).toBeGreaterThan(0);
    expect(countColor(full.pixels, channels, BOB)).toBeGreaterThan(0);
    const view = decodePng(read('colours.bob.png'));
    expect(countColor(view.pixels, channels, ANN)).toBe(0);
    expect(countColor(view.pixels, channels, BOB)).toBeGreaterThan(0);
  });
});
