// The PDF renderer checked through real consumers: qpdf (structure), pdftotext (text, order,
// positions), pdfinfo (metadata), qpdf --json (outline). Skipped only when the tools are absent.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Journey } from '../../src/model/journey.js';
import { pdfRenderer, renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import { lineWidth } from '../../src/render/run-width.js';
import type { GroupNode, Scene, SceneNode, TextNode } from '../../src/scene/scene.js';
import { skipWithout } from '../support/consumers.js';
import { touchpoint as tp } from '../support/journeys.js';
import { contextFor, KERNING_PROBE, sampleJourney, sceneFor } from './pdf-fixture.js';
import { outlines, PDF_TOOLS, pdfInfo, run, words, writeTemp } from './pdf-tools.js';

const PT = 0.75;

function textNodes(nodes: readonly SceneNode[]): TextNode[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [n] : n.kind === 'group' ? textNodes(n.children) : []));
}

const names = (journey: Journey): string[] => journey.stages.flatMap((s) => [s.name, ...s.touchpoints.map((t) => t.name)]);

describe('pdfRenderer', () => {
  it('is registered as pdf / application/pdf', () => {
    expect(pdfRenderer).toMatchObject({ format: 'pdf', extension: 'pdf', mediaType: 'application/pdf' });
  });

  it('writes a PDF header and is byte-identical across renders', async () => {
    const journey = sampleJourney();
    const a = await renderPdf(sceneFor(journey), contextFor(journey));
    const b = await renderPdf(sceneFor(journey), contextFor(journey));
    expect(Buffer.from(a.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('changes bytes (dates and /ID) with SOURCE_DATE_EPOCH', async () => {
    const journey = sampleJourney();
    const a = await renderPdf(sceneFor(journey), contextFor(journey, { epoch: 0 }));
    const b = await renderPdf(sceneFor(journey), contextFor(journey, { epoch: 1_700_000_000 }));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).not.toBe(0);
  });
});

describe.skipIf(skipWithout(...PDF_TOOLS))('PDF through qpdf and poppler', () => {
  const journey = sampleJourney();
  const scene = sceneFor(journey);
  let file = '';
  beforeAll(async () => {
    file = writeTemp(await renderPdf(scene, contextFor(journey, { epoch: 1_700_000_000 })));
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('has the metadata, the epoch date and one page per section', () => {
    const info = pdfInfo(file);
    expect(info.Title).toBe(journey.title);
    expect(info.Author).toBe(journey.owner);
    expect(info.Subject).toBe(journey.description);
    expect(info.Keywords).toBe(journey.tags.join(', '));
    expect(info.Creator).toBe('journeymap');
    expect(info.Producer).toBe('journeymap');
    expect(info.CreationDate).toContain('2023'); // 1_700_000_000 s is 2023-11-14
    expect(info.Pages).toBe('4'); // map, personas, KPIs, action list
    expect(info['Page size']).toBe(`${scene.width * PT} x ${scene.height * PT} pts`);
  });

  it('uses a fixed date when there is no epoch', async () => {
    const f = writeTemp(await renderPdf(scene, contextFor(journey, { epoch: 0 })));
    expect(pdfInfo(f).CreationDate).toContain('2000');
  });

  it('embeds subsets of the bundled Inter faces', () => {
    const fonts = run('pdffonts', [file]);
    expect(fonts).toMatch(/\+Inter-Regular\s.*yes\s+yes\s+yes/);
    expect(fonts).toMatch(/\+Inter-SemiBold\s.*yes\s+yes\s+yes/);
  });

  it('gives every stage and touchpoint name as text, in stage order on the map page', () => {
    const all = run('pdftotext', [file, '-']);
    for (const name of names(journey)) expect(all).toContain(name);
    const page1 = run('pdftotext', ['-raw', '-f', '1', '-l', '1', file, '-']);
    const positions = names(journey).map((n) => page1.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('puts the text where the Scene says (×0.75, within 2pt), so widths match the metrics', () => {
    const placed = words(file, 1);
    const touchpointNames = new Set(journey.stages.flatMap((s) => s.touchpoints.map((t) => t.name)));
    const nodes = textNodes(scene.nodes).filter((n) => touchpointNames.has(n.lines[0]!.text));
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    for (const node of nodes) {
      const line = node.lines[0]!;
      const lineWords = line.text.split(' ');
      const first = placed.find(
        (w) => w.text === lineWords[0] && Math.abs(w.xMin - line.x * PT) < 2 && w.yMin < line.y * PT && w.yMax > line.y * PT,
      );
      expect(first, `first word of "${line.text}"`).toBeDefined();
      const last = placed.find((w) => w.text === lineWords.at(-1) && Math.abs(w.yMin - first!.yMin) < 0.5 && w.xMin >= first!.xMin);
      expect(Math.abs(last!.xMax - (line.x + line.width) * PT), `end of "${line.text}"`).toBeLessThan(2);
    }
  });

  it('draws text unkerned and unshaped, so a line ends exactly at its measured width', () => {
    const probe = textNodes(scene.nodes).find((n) => n.lines[0]!.text === KERNING_PROBE)!;
    const line = probe.lines[0]!;
    const placed = words(file, 1).filter((w) => Math.abs(w.yMin - words(file, 1).find((x) => x.text === 'AVAWAY')!.yMin) < 0.5);
    expect(Math.abs(placed[0]!.xMin - (line.x - line.width) * PT)).toBeLessThan(0.3);
    expect(Math.abs(placed.at(-1)!.xMax - line.x * PT)).toBeLessThan(0.3);
  });

  it('draws summary text at the widths layout measures, and wraps it by them without losing a word', async () => {
    const long = 'Order the weekly basket in one tap from the last order, with substitutions approved in advance';
    const journey = sampleJourney();
    const [maria, ...others] = journey.personas;
    const probed = { ...journey, personas: [{ ...maria!, goals: [KERNING_PROBE, long] }, ...others] };
    const f = writeTemp(await renderPdf(sceneFor(probed), contextFor(probed)));
    const page = words(f, 2);
    const first = page.find((w) => w.text === 'AVAWAY')!;
    const probe = page.filter((w) => Math.abs(w.yMin - first.yMin) < 0.5 && w.xMin >= first.xMin);
    // Goals are 9.5 pt regular; the line is drawn run by run from the bundled metrics.
    const width = lineWidth(KERNING_PROBE, { face: 'regular', size: 9.5 });
    expect(Math.abs(probe.at(-1)!.xMax - first.xMin - width)).toBeLessThan(0.3);
    const text = run('pdftotext', ['-f', '2', '-l', '2', f, '-']).replace(/\s+/g, ' ');
    expect(text).toContain(long);
    const start = page.find((w) => w.text === 'Order')!;
    const lines = new Set(
      page.filter((w) => long.split(' ').includes(w.text) && w.yMin >= start.yMin - 0.5).map((w) => Math.round(w.yMin)),
    );
    expect(lines.size).toBeGreaterThanOrEqual(2);
  });

  it('makes each action row as tall as its wrapped text, in any mix of scripts', async () => {
    const journey = sampleJourney();
    const name = 'Touchpoint 1.1 折り返す長い名前のタッチポイント、もう少し長く';
    const [first, ...rest] = journey.stages;
    const mixed = tp(first!.id, 'mixed', name, { pains: ['Pain one', 'Pain two', 'Pain three'] });
    const probed = { ...journey, stages: [{ ...first!, touchpoints: [mixed] }, ...rest] };
    const f = writeTemp(await renderPdf(sceneFor(probed), contextFor(probed)));
    const page = words(f, 4);
    const badges = page.filter((w) => w.text === 'Pain' && w.xMin < 100).sort((a, b) => a.yMin - b.yMin);
    expect(badges.length).toBeGreaterThanOrEqual(3);
    const where = page.filter((w) => w.xMin > page.find((x) => x.text === 'Touchpoint')!.xMin - 1);
    for (const [i, badge] of badges.slice(0, -1).entries()) {
      const next = badges[i + 1]!;
      const row = where.filter((w) => w.yMin > badge.yMin - 4 && w.yMin < next.yMin - 4);
      expect(new Set(row.map((w) => Math.round(w.yMin))).size, 'the name wraps').toBeGreaterThanOrEqual(2);
      expect(Math.max(...row.map((w) => w.yMax)), `row ${i + 1} ends above the next`).toBeLessThan(next.yMin);
    }
  });

  it('centres middle-anchored text on its anchor', () => {
    const stage = textNodes(scene.nodes).find((n) => n.anchor === 'middle' && n.lines[0]!.text === 'Awareness')!;
    const w = words(file, 1).find((x) => x.text === 'Awareness')!;
    expect(Math.abs((w.xMin + w.xMax) / 2 - stage.lines[0]!.x * PT)).toBeLessThan(2);
  });

  it('makes linked groups clickable over their bounding box', () => {
    const qdf = writeTemp(new Uint8Array(), 'qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const text = readFileSync(qdf, 'latin1');
    expect(text).toContain('/URI (https://example.com/campaign)');
    const group = scene.nodes.find((n): n is GroupNode => n.kind === 'group' && n.link !== undefined)!;
    const card = group.children.find((c) => c.kind === 'rect')!;
    const rect = /\/Rect \[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)!;
    const [x1, y1, x2, y2] = rect.slice(1, 5).map(Number) as [number, number, number, number];
    if (card.kind !== 'rect') throw new Error('fixture: card is a rect');
    expect(x1).toBeCloseTo(card.x * PT, 0);
    expect(x2).toBeCloseTo((card.x + card.width) * PT, 0);
    const pageHeight = scene.height * PT;
    expect(Math.max(y1, y2)).toBeCloseTo(pageHeight - card.y * PT, 0);
    expect(Math.min(y1, y2)).toBeCloseTo(pageHeight - (card.y + card.height) * PT, 0);
  });

  it('bookmarks each section on its page', () => {
    expect(outlines(file).map((o) => [o.title, o.destpageposfrom1])).toEqual([
      ['Journey map', 1],
      ['Personas', 2],
      ['KPIs', 3],
      ['Action list', 4],
    ]);
  });

  it("lists KPIs with the map's status words and every pain and opportunity on the summary pages", () => {
    const kpis = run('pdftotext', ['-f', '3', '-l', '3', file, '-']);
    for (const name of ['NPS', 'Ad click-through rate', 'Bounce rate', 'Install rate']) expect(kpis).toContain(name);
    expect(kpis).toContain('✓ On target');
    expect(kpis).toContain('✗ Off target');
    expect(kpis).not.toMatch(/Missed|\bMet\b/);
    const actions = run('pdftotext', ['-f', '4', '-l', '4', file, '-']);
    const items = journey.stages.flatMap((s) => s.touchpoints.flatMap((t) => [...t.pains, ...t.opportunities]));
    for (const item of items) expect(actions).toContain(item);
    for (const owner of ['Marketing', 'Product', 'Payments']) expect(actions).toContain(`Owner: ${owner}`);
  });
});

/** A journey with `count` stages (the sample's stages repeated), for wide maps. */
function wideJourney(count: number): Journey {
  const base = sampleJourney();
  const stages = Array.from({ length: count }, (_, i) => {
    const s = base.stages[i % base.stages.length]!;
    return {
      ...s,
      id: `${s.id}-${i}`,
      name: `${s.name} ${i + 1}`,
      touchpoints: s.touchpoints.map((t) => ({ ...t, id: `${t.id}-${i}`, name: `${t.name} ${i + 1}` })),
    };
  });
  return { ...base, stages };
}

describe.skipIf(skipWithout(...PDF_TOOLS))('PDF on paper', () => {
  it('a4: one landscape sheet, scaled to fit, when text stays legible', async () => {
    const journey = sampleJourney();
    const file = writeTemp(await renderPdf(sceneFor(journey), contextFor(journey, { options: { page: 'a4' } })));
    run('qpdf', ['--check', file]);
    const info = pdfInfo(file);
    expect(info['Page size']).toMatch(/^841\.8\d* x 595\.2\d* pts/);
    expect(info.Pages).toBe('4');
    const page1 = run('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    for (const name of names(journey)) expect(page1).toContain(name);
  });

  it('a4: a wide map on exactly one scaled sheet, with a warning naming A3 when body text prints under 5pt', async () => {
    const journey = wideJourney(12);
    const scene: Scene = sceneFor(journey);
    const reported: Diagnostic[] = [];
    const file = writeTemp(await renderPdf(scene, contextFor(journey, { options: { page: 'a4' }, report: (d) => reported.push(d) })));
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const outline = outlines(file);
    // One page for the map: the personas section starts on page 2.
    expect(outline.find((o) => o.title === 'Journey map')!.kids).toHaveLength(0);
    expect(outline.find((o) => o.title === 'Personas')!.destpageposfrom1).toBe(2);
    expect(pdfInfo(file)['Page size']).toMatch(/^841\.8\d* x 595\.2\d* pts/);
    const page1 = run('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    for (const name of names(journey)) expect(page1).toContain(name);
    expect(page1).not.toContain('sheet A1');
    const bodyPt = (11 * (841.89 - 60)) / scene.width;
    expect(bodyPt).toBeLessThan(5);
    const small = reported.filter((d) => d.code === 'print-text-small');
    expect(small).toHaveLength(1);
    expect(small[0]).toMatchObject({
      severity: 'warning',
      file: journey.file,
      message: `fitted on one A4 sheet the map's body text prints at ${(Math.floor(bodyPt * 10) / 10).toFixed(1)} pt, under 5 pt`,
    });
    expect(small[0]?.hint).toMatch(/^--page a3 prints it at \d\.\d pt/);
  });

  it('a4 --tile: a wide map over several pages, as a poster, when scaling would shrink text below 6pt', async () => {
    const journey = wideJourney(12);
    const scene: Scene = sceneFor(journey);
    const reported: Diagnostic[] = [];
    const file = writeTemp(
      await renderPdf(scene, contextFor(journey, { options: { page: 'a4', tile: 1 }, report: (d) => reported.push(d) })),
    );
    expect(reported.filter((d) => d.code === 'print-text-small')).toEqual([]);
    run('qpdf', ['--check', file]);
    const outline = outlines(file);
    const map = outline.find((o) => o.title === 'Journey map')!;
    const tiles = map.kids.length;
    expect(tiles).toBeGreaterThan(1);
    // As few ~780pt-wide columns as keep the smallest text (9.5px) at 6pt.
    expect(tiles).toBe(Math.ceil((scene.width * (6 / 9.5) - 781.89) / (781.89 - 18)) + 1);
    // The sections follow the tiles.
    expect(outline.find((o) => o.title === 'Personas')!.destpageposfrom1).toBe(tiles + 1);
    expect(map.kids.map((k) => k.destpageposfrom1)).toEqual(Array.from({ length: tiles }, (_, i) => i + 1));
    const first = run('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    expect(first).toContain('sheet A1');
    const second = run('pdftotext', ['-f', '2', '-l', '2', file, '-']);
    expect(second).toContain('sheet B1'); // row 1, column 2
    expect(map.kids[1]?.title).toBe('Map sheet B1');
    // Every name is on some tile, at its true size.
    const allTiles = run('pdftotext', ['-l', String(tiles), file, '-']);
    for (const name of names(journey)) expect(allTiles).toContain(name);
  });

  it('leaves out summary pages with nothing to show', async () => {
    const base = sampleJourney();
    const bare: Journey = {
      ...base,
      kpis: [],
      personas: [{ id: 'customer', name: 'Customer', goals: [], needs: [], frustrations: [], implicit: true }],
      stages: base.stages.map((s) => ({
        ...s,
        kpis: [],
        touchpoints: s.touchpoints.map((t) => ({ ...t, kpis: [], pains: [], opportunities: [] })),
      })),
    };
    const file = writeTemp(await renderPdf(sceneFor(bare), contextFor(bare)));
    expect(pdfInfo(file).Pages).toBe('1');
  });
});
