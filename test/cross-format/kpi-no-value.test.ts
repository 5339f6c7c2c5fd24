// A KPI with a target but no value (and no data) says "No value yet", never "No target", in every
// format that shows a KPI's status, read back by each format's consumer: the SVG by an XML parser,
// the PDF by pdftotext, the pptx and xlsx as their XML and exceljs, `show`'s lines, and the HTML
// details panel in Chromium. A KPI without a target still says "No target" where it did.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import type * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { showJourney } from '../../src/cli/show/show-journey.js';
import type { Journey } from '../../src/model/journey.js';
import { loadJourney } from '../../src/model/load-journey.js';
import { renderHtml } from '../../src/render/html/html-renderer.js';
import { renderPdf } from '../../src/render/pdf/pdf-renderer.js';
import { renderPptx } from '../../src/render/pptx/pptx-renderer.js';
import { renderSvg } from '../../src/render/svg/render-svg.js';
import { renderXlsx } from '../../src/render/xlsx/xlsx-renderer.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { PDF_TOOLS, run, writeTemp } from '../pdf/pdf-tools.js';
import { skipWithout } from '../support/consumers.js';
import { renderContextOf, sceneOf } from '../support/view.js';

const YAML = `title: Returns
locale: en
kpis:
  - { name: NPS, target: 45 }
  - { name: Reviews, value: 12 }
stages:
  - id: ask
    name: Ask
    touchpoints:
      - id: form
        name: Fills the form
        emotion: 0
`;

function journeyOf(text: string): Journey {
  const { journey, diagnostics } = loadJourney({ path: 'returns.journey.yaml', text }, { readFile: () => undefined });
  if (!journey) throw new Error(JSON.stringify(diagnostics));
  return journey;
}

const journey = journeyOf(YAML);
const scene = sceneOf(journey, { theme: defaultTheme });
const context = () => renderContextOf(journey);
const CHROMIUM = '/usr/bin/chromium';

describe('a KPI with a target and no value', () => {
  it('SVG: the card says "No value yet"; the KPI without a target says "No target"', () => {
    const doc = new DOMParser().parseFromString(renderSvg(scene, context()), 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts.filter((t) => t === 'No value yet')).toHaveLength(1);
    expect(texts.filter((t) => t === 'No target')).toHaveLength(1);
  });

  it.skipIf(skipWithout(...PDF_TOOLS))('PDF: the KPI page says "No value yet" on the NPS row', async () => {
    const file = writeTemp(await renderPdf(scene, context()), 'kpi-no-value.pdf');
    const text = run('pdftotext', ['-layout', file, '-']);
    // The KPI page's table rows (the map page's card has the name alone on its line).
    const row = (name: string) => text.split('\n').find((line) => new RegExp(`^\\s*${name}\\s+Journey\\b`).test(line));
    expect(row('NPS')).toMatch(/≥ 45 .* No value yet$/);
    expect(row('Reviews')).toMatch(/12 .* No target$/);
  });

  it('pptx: the KPI table cell says "No value yet"', async () => {
    const zip = await JSZip.loadAsync(await renderPptx(scene, context()));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    const texts: string[] = [];
    for (const name of slides) {
      const doc = new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'application/xml');
      texts.push(...Array.from(doc.getElementsByTagName('a:t')).map((t) => t.textContent ?? ''));
    }
    expect(texts).toContain('No value yet');
    expect(texts).toContain('No target');
  });

  it('xlsx: the KPI sheet status column says "No value yet"', async () => {
    const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(scene, context())) as unknown as ExcelJS.Buffer);
    const rows: string[][] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')))));
    expect(rows.find((r) => r[0] === 'NPS')).toContain('No value yet');
    expect(rows.find((r) => r[0] === 'Reviews')).toContain('No target');
  });

  it('show: the KPI line says "No value yet"; a KPI without a target has no status', () => {
    const lines = showJourney(journey, { width: 100 });
    expect(lines.find((l) => l.includes('NPS'))?.trim()).toBe('• NPS (target ≥ 45): No value yet');
    expect(lines.find((l) => l.includes('Reviews'))?.trim()).toBe('• Reviews 12');
  });

  it('HTML: the details panel lists the KPI with "No value yet"', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
    const dir = mkdtempSync(join(tmpdir(), 'jm-kpi-no-value-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const file = join(dir, 'map.html');
      writeFileSync(file, await renderHtml(scene, context()));
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      const items = await page.locator('.jmp-kpi').allInnerTexts();
      expect(items.find((t) => t.includes('NPS'))?.replace(/\s+/g, ' ')).toContain('No value yet');
      expect(items.find((t) => t.includes('Reviews'))).not.toContain('No');
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
