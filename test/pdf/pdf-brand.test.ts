// A theme logo in the PDF: embedded as an image on the map page and on every summary page
// (SVG logos rasterized, since pdfkit embeds only PNG/JPEG), the brand text in the footers, and
// the file still passes qpdf --check. Checked with qpdf, pdfimages and pdftotext.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import type { Asset, AssetStore } from '../../src/render/renderer.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { skipWithout } from '../support/consumers.js';
import { sampleJourney } from '../support/journeys.js';
import { sceneOf } from '../support/view.js';
import { contextFor } from './pdf-fixture.js';
import { PDF_TOOLS, pdfInfo, run, writeTemp } from './pdf-tools.js';

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="40" height="40" rx="8" fill="#f2a900"/><rect x="50" y="12" width="66" height="16" fill="#0b3d2e"/></svg>';

function logoPng(): Uint8Array {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  return new Resvg(LOGO_SVG).render().asPng();
}

/** Pages (1-based) that hold at least one image, from `pdfimages -list`. */
function imagePages(file: string): Set<number> {
  const rows = run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return new Set(rows.map((r) => Number(r.trim().split(/\s+/)[0])));
}

async function renderWith(theme: Theme, logo?: Asset): Promise<string> {
  const assets: AssetStore = { get: (key) => (key === theme.logo ? logo : undefined) };
  // Persona images would add images of their own: this journey's personas have none.
  const journey = { ...sampleJourney, personas: sampleJourney.personas.map(({ image: _image, ...p }) => p) };
  const scene = sceneOf(journey, { theme });
  return writeTemp(await renderPdf(scene, contextFor(journey, { theme, assets })));
}

describe.skipIf(skipWithout(...PDF_TOOLS))('PDF with a brand logo', () => {
  const theme: Theme = { ...defaultTheme, logo: 'brand/logo.png', brand: 'ACME Consulting' };
  let file = '';
  let pages = 0;
  beforeAll(async () => {
    file = await renderWith(theme, { bytes: logoPng(), mediaType: 'image/png' });
    pages = Number(pdfInfo(file).Pages);
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('embeds the logo on the map page and on every summary page', () => {
    expect(pages).toBeGreaterThan(1);
    const withImages = imagePages(file);
    for (let page = 1; page <= pages; page++) expect(withImages.has(page), `page ${page}`).toBe(true);
  });

  it('prints the brand text in the summary page footers', () => {
    const summary = run('pdftotext', ['-f', '2', '-l', String(pages), file, '-']);
    expect(summary.split('ACME Consulting').length - 1).toBeGreaterThanOrEqual(pages - 1);
  });

  it('rasterizes an SVG logo so it is embedded too', async () => {
    const svgTheme: Theme = { ...theme, logo: 'brand/logo.svg' };
    const svgFile = await renderWith(svgTheme, { bytes: new TextEncoder().encode(LOGO_SVG), mediaType: 'image/svg+xml' });
    expect(run('qpdf', ['--check', svgFile])).toContain('No syntax or stream encoding errors');
    expect(imagePages(svgFile).has(1)).toBe(true);
    expect(imagePages(svgFile).has(2)).toBe(true);
  });

  it('has no image without a logo (the check itself can fail)', async () => {
    const plain = await renderWith(defaultTheme);
    expect(imagePages(plain).size).toBe(0);
  });
});
