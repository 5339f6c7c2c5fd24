// Language 1.1, part B, in the HTML page in real Chromium: the current state's curves can be hidden
// and shown (button, keyboard Enter, the C key; not while typing in a field), and the journey's
// KPI series is listed in the details panel with its file and "as of".
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html/html-renderer.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { currentJourney, futureJourney } from '../support/compare-journeys.js';
import { renderContextOf, sceneOf } from '../support/view.js';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;
let dir: string;
const urls: Record<string, string> = {};

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  dir = mkdtempSync(join(tmpdir(), 'jm-compare-'));
  for (const [name, journey] of [
    ['future', futureJourney],
    ['current', currentJourney],
  ] as const) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, await renderHtml(sceneOf(journey, { theme: defaultTheme }), renderContextOf(journey)));
    urls[name] = pathToFileURL(file).href;
  }
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  await page.goto(urls[name]!);
  return { page, problems };
}

/** Compare curves and the legend entry that are drawn (not display="none"). */
const shown = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[data-role="compare-curve"], [data-role="compare-legend"]')].filter(
        (g) => g.getAttribute('display') !== 'none',
      ).length,
  );

describe('the HTML page of a future state with compare', () => {
  it('hides and shows the current state’s curves with the button, Enter and the C key', async () => {
    const { page, problems } = await open('future');
    const toggle = page.locator('#jmp-compare-toggle');
    expect(await toggle.textContent()).toBe('Current-state curve');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // Two personas' curves and the legend entry.
    expect(await shown(page)).toBe(3);
    await toggle.click();
    expect(await shown(page)).toBe(0);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await shown(page)).toBe(3);
    await page.locator('#jmp-viewport').focus();
    await page.keyboard.press('c');
    expect(await shown(page)).toBe(0);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // Typing a C in a form field is not a shortcut.
    await page.locator('#jmp-persona').focus();
    await page.keyboard.press('c');
    expect(await shown(page)).toBe(0);
    await page.locator('#jmp-viewport').focus();
    await page.keyboard.press('Shift+C');
    expect(await shown(page)).toBe(3);
    expect(problems).toEqual([]);
  });

  it('has no toggle without compare, and lists the journey KPI series in the details panel', async () => {
    const { page, problems } = await open('current');
    expect(await page.locator('#jmp-compare-toggle').count()).toBe(0);
    const series = page.locator('#jmp-details .jmp-kpi-series');
    expect(await series.count()).toBe(1);
    expect(await series.locator('.jmp-kpi-series-head').textContent()).toBe('Data · from data/nps.json · as of Oct 2026');
    expect(await series.locator('ol > li').allTextContents()).toEqual(['Jan 2026: 22', 'Oct 2026: 31']);
    expect(problems).toEqual([]);
  });
});
