// "Same picture everywhere" for PDF: the real layout of the shared sample journey, painted to
// PDF, puts every touchpoint name where the Scene says (×0.75) and reads in stage order.
import { crc32, deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import type { Asset } from '../../src/render/renderer.js';
import type { SceneNode, TextNode } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { skipWithout } from '../support/consumers.js';
import { sampleJourney } from '../support/journeys.js';
import { sceneOf } from '../support/view.js';
import { contextFor } from './pdf-fixture.js';
import { PDF_TOOLS, run, words, writeTemp } from './pdf-tools.js';

const PT = 0.75;
const squash = (s: string): string => s.replace(/\s+/g, ' ');

function textNodes(nodes: readonly SceneNode[]): TextNode[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [n] : n.kind === 'group' ? textNodes(n.children) : []));
}

/** True when `names` occur in `text` one after another, in this order. */
function inOrder(text: string, names: readonly string[]): boolean {
  let from = 0;
  for (const name of names) {
    const at = text.indexOf(name, from);
    if (at < 0) return false;
    from = at + name.length;
  }
  return true;
}

/** A w×h solid-colour RGB PNG, built by hand so the test needs no image files. */
function solidPng(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

describe.skipIf(skipWithout(...PDF_TOOLS))('PDF of the laid-out sample journey', () => {
  const journey = {
    ...sampleJourney,
    personas: sampleJourney.personas.map((p, i) => (i === 0 ? { ...p, image: 'maria.png' } : p)),
  };
  const scene = sceneOf(journey, { theme: defaultTheme });
  const images: Record<string, Asset> = { 'maria.png': { bytes: solidPng(8, 8, [217, 72, 15]), mediaType: 'image/png' } };
  let file = '';
  beforeAll(async () => {
    const bytes = await renderPdf(scene, contextFor(journey, { assets: { get: (p) => images[p] } }));
    file = writeTemp(bytes);
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('reads stage names and touchpoint names in stage order on the map page', () => {
    const page1 = squash(run('pdftotext', ['-raw', '-f', '1', '-l', '1', file, '-']));
    expect(
      inOrder(
        page1,
        journey.stages.map((s) => squash(s.name)),
      ),
    ).toBe(true);
    expect(
      inOrder(
        page1,
        journey.stages.flatMap((s) => s.touchpoints.map((t) => squash(t.name))),
      ),
    ).toBe(true);
  });

  it('places touchpoint names at the Scene positions ×0.75 (within 2pt)', () => {
    const placed = words(file, 1);
    const names = new Set(journey.stages.flatMap((s) => s.touchpoints.map((t) => t.name)));
    const lines = textNodes(scene.nodes)
      .filter((n) => names.has(n.lines.map((l) => l.text).join(' ')) && n.anchor === 'start')
      .flatMap((n) => n.lines);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      const ws = line.text.split(' ');
      const first = placed.find(
        (w) => w.text === ws[0] && Math.abs(w.xMin - line.x * PT) < 2 && w.yMin < line.y * PT && w.yMax > line.y * PT,
      );
      expect(first, `"${line.text}" starts at ${line.x * PT},${line.y * PT}`).toBeDefined();
      const last = placed.find((w) => w.text === ws.at(-1) && Math.abs(w.yMin - first!.yMin) < 0.5 && w.xMin >= first!.xMin - 0.01);
      expect(Math.abs(last!.xMax - (line.x + line.width) * PT), `"${line.text}" ends at its measured width`).toBeLessThan(2);
    }
  });

  it('embeds the persona photo on the personas page', () => {
    const list = run('pdfimages', ['-list', file]);
    const rows = list
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(rows.some((r) => /^\s*2\s/.test(r))).toBe(true);
  });
});
