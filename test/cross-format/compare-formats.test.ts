// Language 1.1, part B, in every format, checked with the real consumers: the SVG parsed by an XML
// parser (faint dashed current curves, NEW and removed, the gap, sparklines and "as of"), the PDF by
// pdftotext (the "Current → future" page, the KPI page's data column), the PNG's pixels (a
// sparkline's latest point). The HTML page: test/browser/compare-page.test.ts.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import { renderPng } from '../../src/render/png/png-renderer.js';
import { renderSvg } from '../../src/render/svg/render-svg.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { PDF_TOOLS, run, writeTemp } from '../pdf/pdf-tools.js';
import { decodePng } from '../png/decode-png.js';
import { currentJourney, futureJourney } from '../support/compare-journeys.js';
import { skipWithout } from '../support/consumers.js';
import { flatten, groups } from '../support/scene-walk.js';
import { renderContextOf, sceneOf } from '../support/view.js';

const theme = defaultTheme;
const future = sceneOf(futureJourney, { theme });
const current = sceneOf(currentJourney, { theme });
const all = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] =>
  Array.from(root.getElementsByTagName(name));
const byRole = (doc: { getElementsByTagName(name: string): ArrayLike<Element> }, role: string): Element[] =>
  all(doc, 'g').filter((g) => g.getAttribute('data-role') === role);
const parse = (svg: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, m: string) => (level === 'warning' ? undefined : errors.push(m)) }).parseFromString(
    svg,
    'image/svg+xml',
  );
  expect(errors).toEqual([]);
  return doc;
};

describe('SVG', () => {
  const doc = parse(renderSvg(future, renderContextOf(futureJourney)));

  it('draws the current curves dashed and faint, labelled, before this journey’s curves', () => {
    const curves = byRole(doc, 'compare-curve');
    expect(curves.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Current-state emotion curve of Maria',
      'Current-state emotion curve of Tom',
    ]);
    const line = all(curves[0]!, 'path')[0]!;
    expect(line.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(Number(line.getAttribute('opacity') ?? line.getAttribute('stroke-opacity'))).toBeLessThan(1);
    const order = all(doc, 'g')
      .map((g) => g.getAttribute('data-role'))
      .filter((r) => r === 'compare-curve' || r === 'emotion-curve');
    expect(order).toEqual(['compare-curve', 'compare-curve', 'emotion-curve', 'emotion-curve']);
  });

  it('writes NEW, the removed step, the gap, "Current state" and the compared KPI values', () => {
    const texts = all(doc, 'text').map((t) => t.textContent);
    expect(texts.filter((t) => t === 'NEW')).toHaveLength(2);
    expect(texts).toContain('Current state');
    expect(texts).toContain('No step for this persona');
    expect(texts.join(' ')).toContain('Removed from the current state: Calls the hotline');
    expect(texts.join(' ')).toContain('Current\u00a0state\u00a031');
    expect(byRole(doc, 'emotion-gap').map((g) => g.getAttribute('aria-label'))).toEqual(['Tom skips these steps']);
  });

  it('gives each KPI card with data a sparkline and "as of"', () => {
    const cur = parse(renderSvg(current, renderContextOf(currentJourney)));
    const cards = byRole(cur, 'kpi');
    expect(cards.map((c) => byRole(c, 'sparkline').length)).toEqual([1, 1]);
    const texts = all(cur, 'text').map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['as of Oct 2026', 'as of Mar 2026']));
  });
});

describe.skipIf(skipWithout(...PDF_TOOLS))('PDF', async () => {
  const futureFile = writeTemp(await renderPdf(future, renderContextOf(futureJourney)), 'future.pdf');
  const currentFile = writeTemp(await renderPdf(current, renderContextOf(currentJourney)), 'current.pdf');
  const text = (file: string) => run('pdftotext', ['-layout', file, '-']);

  it('has a "Current → future" page: added, removed, changed touchpoints and the emotion change', () => {
    const page = text(futureFile)
      .split('\f')
      .find((p) => p.includes('Current → future'))!;
    expect(page).toBeDefined();
    const lines = page
      .split('\n')
      .map((l) => l.trim().replace(/\s{2,}/g, ' | '))
      .filter(Boolean);
    const after = (heading: string, n: number) => lines.slice(lines.indexOf(heading) + 1, lines.indexOf(heading) + 1 + n);
    expect(lines).toContain('Compared with Delivery, current state');
    expect(after('New touchpoints', 2)).toEqual(['Tracks the courier live (Waiting)', 'Approves substitutions (Waiting)']);
    expect(after('Removed touchpoints', 1)).toEqual(['Calls the hotline (Waiting)']);
    expect(after('Changed touchpoints', 3)).toEqual([
      'Pays (Waiting) | emotion',
      'Gets an ETA email (Waiting) | emotion',
      'Receives the order (Waiting) | emotion',
    ]);
    // Maria: mean of −2, 0, −1 → −1; now 0, 1, 1.5, 1, 1 → 0.9. Tom: −1, 0, −1.5, 1 → −0.375 (rounded half up: −0.37); now 0, 0.5, 1, 1.5 → 0.75.
    expect(after('Emotion change per stage', 3)).toEqual([
      'STAGE | PERSONA | CURRENT | FUTURE | CHANGE',
      'Waiting | Maria | −1 | 0.9 | +1.9',
      'Waiting | Tom | −0.37 | 0.75 | +1.12',
    ]);
    expect(text(currentFile)).not.toContain('Current → future');
  });

  it('shows each KPI series on the KPI page: "as of" in the data column', () => {
    const page = text(currentFile)
      .split('\f')
      .find((p) => p.includes('DATA'))!;
    expect(page).toMatch(/NPS\s.*31\s.*22/);
    expect(page).toContain('as of Oct 2026');
    expect(page).toContain('as of Mar 2026');
  });
});

describe('PNG', () => {
  it('paints the sparkline’s latest point where the Scene puts it', async () => {
    const png = decodePng(await renderPng(current, renderContextOf(currentJourney)));
    const spark = groups(current).find((g) => g.role === 'sparkline')!;
    const dot = flatten(spark.children).at(-1)!;
    if (dot.kind !== 'path' || dot.commands[0]?.op !== 'M') throw new Error('no dot');
    // The circle path starts at (cx + r, cy).
    const cx = Math.round(dot.commands[0].x - 2.5);
    const cy = Math.round(dot.commands[0].y);
    const i = (cy * png.width + cx) * 4;
    const rgb = [1, 3, 5].map((k) => Number.parseInt(theme.colors.accent.slice(k, k + 2), 16));
    expect([png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]].map((v, k) => Math.abs(v! - rgb[k]!) <= 24)).toEqual([true, true, true]);
  });
});
