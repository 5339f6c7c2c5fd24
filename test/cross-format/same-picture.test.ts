// "Same picture everywhere": one example built through the CLI in every format must agree with the
// Scene the layout made — SVG text at the Scene's coordinates, the HTML carrying that very SVG,
// PDF words where the Scene put them (×0.75 pt), PNG pixels the colour of the Scene's boxes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { compileJourney } from '../../src/compile.js';
import { createFsHost } from '../../src/project/fs-host.js';
import type { Scene, SceneNode, TextLine } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { PDF_TOOLS, words } from '../pdf/pdf-tools.js';
import { decodePng } from '../png/decode-png.js';
import { colorProbes } from '../png/scene-probes.js';
import { skipWithout } from '../support/consumers.js';
import { REPO_ROOT, runCli } from '../support/run-cli.js';

const EXAMPLE = 'examples/first-grocery-order.journey.yaml';
const PX_TO_PT = 0.75;

function sceneOfExample(): Scene {
  const source = { path: EXAMPLE, text: readFileSync(join(REPO_ROOT, EXAMPLE), 'utf8') };
  const { scene, diagnostics } = compileJourney(source, { host: createFsHost(REPO_ROOT), theme: defaultTheme });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return scene!;
}

/** Every text line of the Scene with the group role it sits in. */
function textLines(nodes: readonly SceneNode[], role = ''): { line: TextLine; role: string; anchor: string }[] {
  return nodes.flatMap((node) => {
    if (node.kind === 'group') return textLines(node.children, node.role ?? role);
    if (node.kind !== 'text') return [];
    return node.lines.map((line) => ({ line, role, anchor: node.anchor }));
  });
}

describe('one example, four formats, one picture', () => {
  const out = mkdtempSync(join(tmpdir(), 'jm-same-'));
  const build = runCli(['build', EXAMPLE, '-f', 'svg,pdf,html,png', '-o', out, '-q'], { cwd: REPO_ROOT });
  const scene = sceneOfExample();
  const read = (ext: string) => readFileSync(join(out, 'examples', `first-grocery-order.${ext}`));

  it('builds all four formats', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it('SVG: every text line of the Scene is a tspan at the same coordinates', () => {
    const doc = new DOMParser().parseFromString(read('svg').toString('utf8'), 'image/svg+xml');
    const tspans = Array.from(doc.getElementsByTagName('tspan')).map((t) => ({
      text: t.textContent ?? '',
      x: Number(t.getAttribute('x')),
      y: Number(t.getAttribute('y')),
    }));
    const lines = textLines(scene.nodes).map(({ line }) => line);
    expect(tspans).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      expect(tspans[i]?.text).toBe(line.text);
      expect(tspans[i]?.x).toBeCloseTo(line.x, 2);
      expect(tspans[i]?.y).toBeCloseTo(line.y, 2);
    });
  });

  it('HTML: the map inside the page is the SVG file, element for element', () => {
    const svg = read('svg')
      .toString('utf8')
      .replace(/^<\?xml[^>]*>\s*/, '')
      .trim();
    const html = read('html').toString('utf8');
    const body = svg.slice(svg.indexOf('>') + 1); // the root element's attributes may differ (id, class)
    expect(html).toContain(body.slice(0, 20_000));
    expect(html).toContain(body.slice(-20_000));
  });

  it.skipIf(skipWithout(...PDF_TOOLS))('PDF: touchpoint names sit where the Scene put them (within 2 pt)', () => {
    const file = join(out, 'examples', 'first-grocery-order.pdf');
    const pageWords = words(file, 1);
    const names = textLines(scene.nodes).filter(({ role, anchor }) => role === 'cell' && anchor === 'start');
    let checked = 0;
    for (const { line } of names) {
      const first = line.text.split(' ')[0] ?? '';
      if (first.length < 4) continue;
      const expectedX = line.x * PX_TO_PT;
      const expectedBaseline = line.y * PX_TO_PT;
      const match = pageWords.find(
        (w) => w.text === first && Math.abs(w.xMin - expectedX) <= 2 && w.yMax > expectedBaseline - 12 && w.yMin < expectedBaseline + 2,
      );
      expect(match, `"${line.text}" at ${expectedX.toFixed(1)},${expectedBaseline.toFixed(1)} pt`).toBeDefined();
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('PNG: the pixels at the Scene’s filled boxes have the boxes’ colours', () => {
    const png = decodePng(read('png'));
    expect([png.width, png.height]).toEqual([Math.round(scene.width), Math.round(scene.height)]);
    const probes = colorProbes(scene);
    expect(probes.length).toBeGreaterThan(20);
    for (const probe of probes) {
      const i = (Math.floor(probe.y) * png.width + Math.floor(probe.x)) * 4;
      const pixel = [...png.pixels.subarray(i, i + 3)];
      pixel.forEach((channel, c) => expect(Math.abs(channel - probe.rgb[c]!), probe.what).toBeLessThanOrEqual(3));
    }
  });
});
