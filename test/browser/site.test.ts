// The portfolio site in real Chromium (playwright-core + /usr/bin/chromium), built by the CLI from
// test/support/site-project.ts: every page, map pages included, passes an axe-core audit with no
// serious or critical violation, logs no error, breaks no CSP rule and requests nothing outside its
// folder; the index filters, searches, sorts and marks stale journeys at view time; links from the
// views open the map at the exact touchpoint; everything is reachable by keyboard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';
import { SITE_FILES, SITE_PROJECT } from '../support/site-project.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let out: string;

beforeAll(async () => {
  const dir = tempProject(SITE_PROJECT);
  out = join(dir, 'out');
  const built = runCli(['build', '--site', '-f', 'html'], { cwd: dir });
  if (built.status !== 0) throw new Error(built.stderr);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
});

interface Watched {
  readonly page: Page;
  readonly problems: string[];
  readonly outside: string[];
}

const urlOf = (path: string): string => pathToFileURL(join(out, path)).href;

async function open(path: string, options: { hash?: string; timezoneId?: string; now?: string } = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const watched: Watched = { page, problems: [], outside: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watched.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.problems.push(`page error: ${e.message}`));
  const root = pathToFileURL(out).href;
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && !r.url().startsWith(`${root}/`)) watched.outside.push(r.url());
  });
  await page.addInitScript((now) => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    if (now) {
      const fixed = Date.parse(now);
      Date.now = () => fixed;
    }
  }, options.now ?? '');
  await page.goto(urlOf(path) + (options.hash ?? ''));
  return watched;
}

/** axe-core's serious and critical violations, as "rule: target" lines (evaluated outside the page's CSP). */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const shownCount = (page: Page) => page.locator('#shown').textContent();
const visibleTitles = (page: Page) => page.locator('.card:not([hidden]) h2').allTextContents();

describe('the portfolio site in Chromium', () => {
  it.each(SITE_FILES)('%s: no serious or critical axe violation, no error, nothing requested outside the folder', async (path) => {
    const { page, problems, outside } = await open(path);
    await page.waitForLoadState('load');
    expect(await audit(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('filters by state, owner, tag and persona and searches touchpoint names, saying how many are shown', async () => {
    const { page, problems } = await open('index.html');
    expect(await shownCount(page)).toBe('5 of 5 shown');
    await page.selectOption('#f-state', 'future');
    expect(await visibleTitles(page)).toEqual(['Order overview, future']);
    expect(await shownCount(page)).toBe('1 of 5 shown');
    await page.selectOption('#f-state', '');
    await page.selectOption('#f-owner', 'Logistics');
    expect(await visibleTitles(page)).toEqual(['Door code', 'Doorstep handover']);
    await page.selectOption('#f-owner', '');
    await page.selectOption('#f-tag', 'orders');
    expect(await visibleTitles(page)).toEqual(['Order overview', 'Order overview, future']);
    await page.selectOption('#f-persona', 'ben');
    expect(await visibleTitles(page)).toEqual(['Order overview', 'Order overview, future']);
    await page.selectOption('#f-tag', '');
    expect(await visibleTitles(page)).toEqual(['Doorstep handover', 'Order overview', 'Order overview, future']);
    await page.selectOption('#f-persona', '');
    await page.fill('#q', 'PARCEL');
    expect(await visibleTitles(page)).toEqual(['Order overview']);
    await page.fill('#q', 'nothing like this');
    expect(await visibleTitles(page)).toEqual([]);
    expect(await page.locator('#none').isVisible()).toBe(true);
    expect(await shownCount(page)).toBe('0 of 5 shown');
    await page.fill('#q', '');
    await page.selectOption('#sort', 'updated');
    expect(await page.locator('.card h2').allTextContents()).toEqual([
      'Order overview, future',
      'Sales pipeline',
      'Doorstep handover',
      'Order overview',
      'Door code',
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('marks stale journeys by the viewer’s clock', async () => {
    const staleOf = async (now: string): Promise<string[]> => {
      const { page } = await open('index.html', { now });
      const titles = await page.locator('.card:has(.badge-stale:not([hidden])) h2').allTextContents();
      await page.context().close();
      return titles;
    };
    expect(await staleOf('2026-04-01T12:00:00Z')).toEqual(['Door code']);
    // 2026-07-31 is 201 days after the overview's 2026-01-10 and 180 after the doorstep's 2026-02-01.
    expect(await staleOf('2026-07-31T12:00:00Z')).toEqual(['Door code', 'Order overview']);
    expect(await staleOf('2027-01-01T12:00:00Z')).toEqual([
      'Door code',
      'Doorstep handover',
      'Order overview',
      'Order overview, future',
      'Sales pipeline',
    ]);
  });

  it('opens the map at the touchpoint a view links to: scrolled to, highlighted, its details shown', async () => {
    const { page, problems } = await open('portfolio/opportunities.html');
    await page.locator('a[href="../maps/detail/doorstep.html#tp-ring"]').first().click();
    await page.waitForURL(/doorstep\.html#tp-ring$/);
    const target = page.locator('svg [data-kind="touchpoint"][data-ref="ring"][tabindex="0"]');
    await expect.poll(() => target.evaluate((el) => el.classList.contains('jmp-target') && el === document.activeElement)).toBe(true);
    expect(await page.locator('#jmp-details h2').textContent()).toBe('Rings the bell');
    const box = await target.boundingBox();
    const viewport = await page.locator('#jmp-viewport').boundingBox();
    expect(box && viewport && box.x >= viewport.x && box.x + box.width <= viewport.x + viewport.width).toBe(true);
    expect(await audit(page)).toEqual([]);
    // The breadcrumb leads back up: the overview, at the touchpoint this map details.
    await page.locator('.jmp-site-nav a', { hasText: 'Order overview' }).click();
    await page.waitForURL(/overview\.html#tp-receive$/);
    await expect.poll(() => page.locator('#jmp-details h2').textContent()).toBe('Receives the parcel');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is usable by keyboard: skip link, navigation, filters, then the cards’ links', async () => {
    const { page } = await open('index.html');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${(el.textContent ?? '').trim().slice(0, 30)}` : '';
      });
    const stops: string[] = [];
    for (let i = 0; i < 13; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    expect(stops).toEqual([
      'a:Skip to the content',
      'a:Journey portfolio',
      'a:Journeys',
      'a:Opportunities and pains',
      'a:KPIs',
      'a:Personas',
      'a:Structure',
      'input#q:',
      expect.stringMatching(/^select#f-state:/),
      expect.stringMatching(/^select#f-owner:/),
      expect.stringMatching(/^select#f-tag:/),
      expect.stringMatching(/^select#f-persona:/),
      expect.stringMatching(/^select#sort:/),
    ]);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Door code');
    await page.keyboard.press('Enter');
    await page.waitForURL(/door-code\.html$/);
    await page.context().close();
  });
});
