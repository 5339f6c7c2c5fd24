// The page script's words in a real browser: with a fake catalogue (every value in «») in the view,
// everything the script writes (the details panel's overview and a touchpoint's details, titles,
// the live region, the touchpoints' aria-labels, the table toggle) is a catalogue word or journey
// content. The script has no English of its own to fall back on.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutJourney } from '../../src/layout/layout-journey.js';
import { renderHtml } from '../../src/render/html/html-renderer.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { journeyView } from '../../src/view/journey-view.js';
import { sampleJourney } from '../support/journeys.js';
import { renderContextOf } from '../support/view.js';
import { contentOf, fake, foreignWords } from '../words/catalogue-check.js';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;
let dir: string;
let url: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  dir = mkdtempSync(join(tmpdir(), 'jm-client-words-'));
  const view = journeyView(sampleJourney, { theme: defaultTheme, words: fake });
  const html = await renderHtml(layoutJourney(view), renderContextOf(sampleJourney, { view }));
  const file = join(dir, 'fake.html');
  writeFileSync(file, html);
  url = pathToFileURL(file).href;
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Each text node and each title/aria-label under `selector`, as the script left them. */
const textsIn = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [];
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').trim() !== '') out.push(n.textContent ?? '');
    root.querySelectorAll('[title],[aria-label]').forEach((el) => {
      for (const name of ['title', 'aria-label']) {
        const v = el.getAttribute(name);
        if (v) out.push(v);
      }
    });
    return out;
  }, selector);

describe('the page script in Chromium with a fake catalogue', () => {
  it('writes only catalogue words and journey content', { timeout: 90_000 }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const content = contentOf(sampleJourney);
    const check = (texts: readonly string[]): string[] => texts.flatMap((t) => foreignWords(t, content).map((w) => `${w} in "${t}"`));

    const overview = await textsIn(page, '#jmp-details');
    expect(overview).toContain(fake['html.details']);
    expect(overview).toContain(fake['client.keys']);
    expect(check(overview)).toEqual([]);

    // A touchpoint with a KPI off target, a moment of truth and evidence: the richest panel.
    const cell = page.locator('[data-kind="touchpoint"][tabindex="0"]').first();
    const label = await cell.getAttribute('aria-label');
    expect(label).toMatch(/^«.*»$/);
    expect(check([label ?? ''])).toEqual([]);
    const seen: string[] = [];
    for (const id of sampleJourney.stages.flatMap((s) => s.touchpoints.map((t) => t.id))) {
      const tp = page.locator(`[data-kind="touchpoint"][data-ref="${id}"][tabindex="0"]`);
      if ((await tp.count()) === 0) continue;
      await tp.first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('#jmp-live')).toMatch(/^«/);
      const panel = [...(await textsIn(page, '#jmp-details')), (await page.textContent('#jmp-live')) ?? ''];
      expect(check(panel), id).toEqual([]);
      seen.push(...panel);
    }
    // The panels did show the words that matter: both KPI statuses, the moment of truth, evidence.
    for (const id of ['kpi.met', 'kpi.missed', 'mark.momentOfTruth', 'lane.pains'] as const) expect(seen, id).toContain(fake[id]);

    await page.click('#jmp-table-toggle');
    expect(await page.textContent('#jmp-table-toggle')).toBe(fake['html.mapView']);
    await page.click('#jmp-table-toggle');
    expect(await page.textContent('#jmp-table-toggle')).toBe(fake['html.tableView']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.textContent('#jmp-live')).toBe(fake['client.closed']);
    expect(errors).toEqual([]);
  });
});
