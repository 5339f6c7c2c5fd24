// A journey in each of de, fr, es and ja (test/fixtures/locales/) built through the CLI in every
// format, each read back by its consumer: the SVG's text through an XML parser, the PDF through
// pdftotext, the HTML page in Chromium (controls, table view, details panel), the pptx and xlsx
// through their XML parts (and the pptx through LibreOffice), the PNG built without a warning.
// The words the map adds and its numbers must be the locale's; none of the English ones remain.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, type WordId } from '../../src/words/en.js';
import { CATALOGUES } from '../../src/words/locale-words.js';
import { say } from '../../src/words/say.js';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../office/libreoffice.js';
import { REPO_ROOT, runCli } from '../support/run-cli.js';

const LOCALES = ['de', 'fr', 'es', 'ja'] as const;
type Locale = (typeof LOCALES)[number];
const FORMATS = 'svg,pdf,html,png,pptx,xlsx';

/** Words every format of the map shows (the map itself, or its own table/slides). */
const MAP_WORDS: readonly WordId[] = ['mark.momentOfTruth.caps', 'lane.pains', 'lane.opportunities', 'lane.emotions', 'kpi.missed'];
/** The figures of the fixtures (1.8, 31.5, 1234.5) as each locale writes them. */
const FIGURES: Record<Locale, readonly string[]> = {
  de: ['1,8%', '31,5', '1.234,5'],
  fr: ['1,8%', '31,5', '1\u202f234,5'],
  es: ['1,8%', '31,5', '1.234,5'],
  ja: ['1.8%', '31.5', '1,234.5'],
};
/** Durations (wait: 1h30m) as each locale writes them. */
/** The moment of truth of each fixture and its stage (the details panel's button names them). */
const MOMENT: Record<Locale, readonly [string, string]> = {
  de: ['Bezahlt im Checkout', 'Bestellung'],
  fr: ['Paie sa commande', 'Commande'],
  es: ['Paga el pedido', 'Pedido'],
  ja: ['決済する', '注文'],
};
const WAIT: Record<Locale, string> = { de: '1 Std. 30 Min.', fr: '1 h 30 min', es: '1 h 30 min', ja: '1時間 30分' };

let dir: string;
const built = new Map<Locale, { status: number | null; stderr: string }>();
const out = (locale: Locale, ext: string): string => join(dir, 'out', `${locale}.${ext}`);
const wordsOf = (locale: Locale) => CATALOGUES[locale]!();
const stage01 = (locale: Locale): string => say(wordsOf(locale), 'map.stage.caps', { number: '01' });
const squash = (s: string): string => s.replace(/\s+/g, ' ');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jm-locales-'));
  for (const locale of LOCALES)
    copyFileSync(join(REPO_ROOT, 'test/fixtures/locales', `${locale}.journey.yaml`), join(dir, `${locale}.journey.yaml`));
  for (const locale of LOCALES) {
    const r = runCli(['build', `${locale}.journey.yaml`, '-f', FORMATS, '-o', 'out'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '0' } });
    built.set(locale, { status: r.status, stderr: r.stderr });
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(LOCALES)('a %s journey in every format', (locale) => {
  const words = () => wordsOf(locale);

  it('builds all six formats without errors or warnings (fonts for every script are bundled)', () => {
    expect(built.get(locale)).toEqual({ status: 0, stderr: expect.not.stringMatching(/warning|error/) });
  });

  it('SVG: the map adds only the locale’s words and writes its numbers', () => {
    const doc = new DOMParser().parseFromString(readFileSync(out(locale, 'svg'), 'utf8'), 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => squash(t.textContent ?? ''));
    const all = texts.join('\n');
    for (const id of MAP_WORDS)
      expect(
        texts.some((t) => t.includes(words()[id])),
        `${id}: ${words()[id]}`,
      ).toBe(true);
    expect(texts).toContain(stage01(locale));
    for (const figure of FIGURES[locale]) expect(all).toContain(squash(figure));
    expect(all).toContain(WAIT[locale]);
    for (const english of ['MOMENT OF TRUTH', 'STAGE 01', 'Off target', 'Pains', 'Opportunities']) expect(all).not.toContain(english);
    expect(doc.documentElement!.getAttribute('lang') ?? locale).toBe(locale);
  });

  it('PDF: the map, the page titles, the KPI table and the page numbers in the locale (pdftotext)', () => {
    const text = squash(execFileSync('pdftotext', [out(locale, 'pdf'), '-'], { encoding: 'utf8' }));
    for (const id of [...MAP_WORDS, 'section.kpis', 'section.actions', 'kpiTable.target.caps', 'kpiTable.status.caps'] as const)
      expect(text).toContain(words()[id]);
    expect(text).toContain(stage01(locale));
    // The map page has no footer: the persona page is page 2 of 4.
    expect(text).toContain(say(words(), 'pdf.page', { page: 2, pages: 4 }));
    for (const figure of FIGURES[locale]) expect(text).toContain(squash(figure.replace('%', '')));
    for (const english of ['MOMENT OF TRUTH', 'Action list', 'Page 1 of', 'Off target']) expect(text).not.toContain(english);
  });

  it('xlsx: statuses and action kinds in the locale, the sheet format fixed', async () => {
    const zip = await JSZip.loadAsync(readFileSync(out(locale, 'xlsx')));
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    const strings = Array.from(new DOMParser().parseFromString(shared, 'text/xml').getElementsByTagName('t')).map(
      (t) => t.textContent ?? '',
    );
    expect(strings).toContain(words()['kpi.missed']);
    expect(strings).toContain(words()['action.pain']);
    expect(strings).not.toContain(en['kpi.missed']);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('name="Touchpoints"');
  });

  it('pptx: the map slide and the KPI table speak the locale', async () => {
    const zip = await JSZip.loadAsync(readFileSync(out(locale, 'pptx')));
    const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const texts = (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).flatMap((x) =>
      Array.from(new DOMParser().parseFromString(x, 'text/xml').getElementsByTagName('a:t')).map((t) => t.textContent ?? ''),
    );
    const all = squash(texts.join('\n'));
    for (const id of [...MAP_WORDS, 'section.kpis', 'section.actions'] as const) expect(all).toContain(words()[id]);
    // Table slides set column titles in capitals (table-slides.ts upper-cases them).
    expect(all.toLowerCase()).toContain(words()['kpiTable.baseline'].toLowerCase());
    expect(all).toContain(stage01(locale));
    for (const figure of FIGURES[locale]) expect(all).toContain(squash(figure.replace('%', '')));
    expect(all).not.toContain('MOMENT OF TRUTH');
  });
});

describe('the de pptx in LibreOffice', () => {
  it.skipIf(skipWithoutLibreOffice())(
    'converts to a PDF whose text is German',
    () => {
      const pdf = convertWithLibreOffice(readFileSync(out('de', 'pptx')), 'de.pptx', 'pdf');
      const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      for (const word of ['MOMENT DER WAHRHEIT', 'PHASE 01', 'Ziel verfehlt', 'Maßnahmenliste', '1.234,5']) expect(text).toContain(word);
    },
    180_000,
  );
});

describe('the HTML pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(LOCALES)('%s: lang, controls, table view and the details panel in the locale', async (locale) => {
    const words = wordsOf(locale);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(out(locale, 'html')).href);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    // textContent: CSS sets some headings in capitals, the words themselves are the catalogue's.
    const body = squash((await page.locator('body').textContent()) ?? '');
    for (const id of ['html.tableView', 'html.fit', 'client.keyboard', 'html.hint'] as const) expect(body, id).toContain(words[id]);
    expect(await page.locator(`[aria-label="${words['html.zoomIn']}"], [title="${words['html.zoomInKey']}"]`).count()).toBeGreaterThan(0);
    // The table view: the map's text alternative, figures and emotions as the locale writes them.
    await page.getByRole('button', { name: words['html.tableView'] }).click();
    const table = squash((await page.locator('#jmp-table').textContent()) ?? '');
    expect(table).toContain(words['html.touchpoint']);
    expect(table).toContain(locale === 'ja' ? '+1.5' : '+1,5');
    // The details panel of the moment of truth: the script's words come from the page's data.
    await page.getByRole('button', { name: words['html.mapView'] }).click();
    const [touchpoint, stage] = MOMENT[locale];
    // By keyboard, as the panel's own hint says (Tab to it, Enter pins the details).
    await page.getByRole('button', { name: say(words, 'client.showDetails', { touchpoint, stage }) }).focus();
    await page.keyboard.press('Enter');
    const panel = squash((await page.locator('body').textContent()) ?? '');
    expect(panel).toContain(say(words, 'client.showing', { touchpoint }));
    expect(panel).toContain(locale === 'ja' ? '−1.5' : '\u22121,5');
    expect(errors).toEqual([]);
    await page.close();
  });
});
