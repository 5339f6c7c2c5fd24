// The HTML output in real Chromium (playwright-core + Debian's /usr/bin/chromium): no network, no
// CSP violations, persona switcher, lane toggles, keyboard details, zoom/pan, no-JS fallback and
// hostile text shown literally. One browser for the whole file; each test gets a fresh page.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import { renderHtml } from '../../src/render/html/html-renderer.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { largeJourney, sampleJourney as richJourney } from '../support/journeys.js';
import { renderContextOf, sceneOf } from '../support/view.js';
import { HOSTILE, hostileJourney, sampleJourney } from './browser-journeys.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function htmlFor(journey: Journey): Promise<string> {
  const scene = sceneOf(journey, { theme: defaultTheme });
  return renderHtml(scene, renderContextOf(journey));
}

interface Watched {
  readonly page: Page;
  readonly problems: string[];
  readonly requests: string[];
  readonly dialogs: string[];
}

let browser: Browser;
let dir: string;
type Fixture = 'sample' | 'hostile' | 'rich' | 'large';
const urls: Record<Fixture, string> = { sample: '', hostile: '', rich: '', large: '' };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  dir = mkdtempSync(join(tmpdir(), 'jm-browser-'));
  const fixtures: [Fixture, Journey][] = [
    ['sample', sampleJourney()],
    ['hostile', hostileJourney()],
    ['rich', richJourney],
    ['large', largeJourney(6, 5, 3)],
  ];
  for (const [name, journey] of fixtures) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, await htmlFor(journey));
    urls[name] = pathToFileURL(file).href;
  }
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and records console errors, page errors, CSP violations, requests and dialogs. */
async function open(which: Fixture, javaScriptEnabled = true): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, javaScriptEnabled });
  const page = await context.newPage();
  const watched: Watched = { page, problems: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watched.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== urls[which] && !r.url().startsWith('data:')) watched.requests.push(r.url());
  });
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  if (javaScriptEnabled) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
  }
  await page.goto(urls[which]);
  return watched;
}

const cells = (page: Page, id: string) => page.locator(`svg [data-kind="touchpoint"][data-ref="${id}"]`);
const detailsTitle = (page: Page) => page.locator('#jmp-details h2');

/** Presses Tab until a touchpoint has focus; returns its id. */
async function tabToTouchpoint(page: Page): Promise<string> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const ref = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-kind') === 'touchpoint' ? el.getAttribute('data-ref') : null;
    });
    if (ref) return ref;
  }
  throw new Error('no touchpoint reached with Tab');
}

const scaleOf = (page: Page) =>
  page.$eval('#jmp-canvas', (el) => {
    const m = /scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform);
    return m ? Number(m[1]) : NaN;
  });

describe('html output in Chromium', () => {
  it('loads without errors, CSP violations or any network request', async () => {
    const { page, problems, requests } = await open('sample');
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain('jmp-js');
    await page.waitForTimeout(100);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const fontsOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('600 14px Inter') && document.fonts.check('14px Inter');
    });
    expect(fontsOk).toBe(true);
    await page.context().close();
  });

  it.each([
    ['rich', richJourney],
    ['large', largeJourney(6, 5, 3)],
  ] as const)('the %s journey: every touchpoint is focusable and every lane can be toggled', async (which, journey) => {
    const { page, problems, requests } = await open(which);
    const count = journey.stages.reduce((n, s) => n + s.touchpoints.length, 0);
    expect(await page.locator('svg [data-kind="touchpoint"][tabindex="0"]').count()).toBe(count);
    expect(await page.locator('#jmp-lanes input:disabled').count()).toBe(0);
    expect(await page.locator('#jmp-lanes input').count()).toBe(journey.lanes.length);
    await page.click('#jmp-lanes summary');
    for (const lane of journey.lanes) await page.locator(`#jmp-lanes input[value="${lane.id}"]`).uncheck();
    expect(await page.locator('svg [data-kind="lane"]:visible').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it('persona switcher dims the other persona’s touchpoints and hides its curve', async () => {
    const { page, problems } = await open('sample');
    const tomCurve = page.locator('svg .jm-emotion-curve[data-ref="tom"]');
    const mariaCurve = page.locator('svg .jm-emotion-curve[data-ref="maria"]');
    await expect.poll(() => tomCurve.isVisible()).toBe(true);
    const opacityOf = (id: string) =>
      cells(page, id)
        .first()
        .evaluate((el) => Number(getComputedStyle(el).opacity));
    await page.selectOption('#jmp-persona', 'tom');
    // Opacity is transitioned: poll until it settles.
    await expect.poll(() => opacityOf('sees-ad')).toBeLessThan(0.5);
    expect(await mariaCurve.isVisible()).toBe(false);
    expect(await tomCurve.isVisible()).toBe(true);
    expect(await opacityOf('friend-post')).toBe(1);
    expect(await opacityOf('installs')).toBe(1);
    await page.selectOption('#jmp-persona', '');
    await expect.poll(() => opacityOf('sees-ad')).toBe(1);
    expect(await mariaCurve.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lane toggles hide a lane and close the gap', async () => {
    const { page, problems } = await open('sample');
    const pains = page.locator('svg [data-kind="lane"][data-ref="pains"]');
    const below = page.locator('svg [data-kind="lane"][data-ref="opportunities"]');
    const top = () => below.evaluate((el) => el.getBoundingClientRect().top);
    const height = () => page.$eval('#jmp-canvas svg', (el) => (el as SVGSVGElement).height.baseVal.value);
    const before = { top: await top(), height: await height(), pains: await pains.evaluate((el) => el.getBoundingClientRect().height) };
    expect(await pains.isVisible()).toBe(true);
    await page.click('#jmp-lanes summary');
    await page.locator('#jmp-lanes input[value="pains"]').uncheck();
    expect(await pains.isVisible()).toBe(false);
    expect(await height()).toBeLessThan(before.height);
    expect(await top()).toBeLessThan(before.top - before.pains / 2);
    expect(await page.textContent('#jmp-lanes-count')).toMatch(/^8\/9$/);
    await page.locator('#jmp-lanes input[value="pains"]').check();
    expect(await pains.isVisible()).toBe(true);
    expect(await height()).toBe(before.height);
    expect(await top()).toBeCloseTo(before.top, 0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keyboard: Tab reaches a touchpoint, Enter shows its details, Escape closes them', async () => {
    const { page, problems } = await open('sample');
    expect(await tabToTouchpoint(page)).toBe('sees-ad');
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Sees an Instagram ad');
    const panel = await page.textContent('#jmp-details');
    expect(panel).toContain('Seen in 6 of 8 interviews.');
    expect(panel).toContain('Awareness');
    expect(panel).toContain('Off target');
    expect(panel).not.toContain('Missed');
    expect(await page.getAttribute('#jmp-details a', 'href')).toBe('https://example.com/campaign');
    expect(await tabToTouchpoint(page)).toBe('friend-post');
    await page.keyboard.press(' ');
    expect(await detailsTitle(page).textContent()).toBe("Sees a friend's post");
    await page.keyboard.press('Escape');
    expect(await detailsTitle(page).textContent()).toBe('Touchpoint details');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('hovering a touchpoint shows its details', async () => {
    const { page } = await open('sample');
    await cells(page, 'installs').first().hover();
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Installs the app');
    expect(await page.textContent('#jmp-details')).toContain('Drop-off is highest here.');
    expect(await page.textContent('#jmp-details')).toContain('On target');
    await page.context().close();
  });

  it('zoom buttons, keys and ctrl+wheel change the transform; dragging pans', async () => {
    const { page } = await open('sample');
    const start = await scaleOf(page);
    expect(start).toBeGreaterThan(0);
    await page.click('#jmp-zoom-in');
    expect(await scaleOf(page)).toBeGreaterThan(start);
    await page.locator('#jmp-viewport').focus();
    await page.keyboard.press('0');
    expect(await scaleOf(page)).toBeCloseTo(start, 3);
    await page.keyboard.press('-');
    expect(await scaleOf(page)).toBeLessThan(start);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const zoomed = await scaleOf(page);
    expect(zoomed).toBeGreaterThan(start);
    await page.mouse.move(700, 500);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(zoomed);
    const before = await page.$eval('#jmp-canvas', (el) => (el as HTMLElement).style.transform);
    await page.mouse.move(700, 500);
    await page.mouse.down();
    await page.mouse.move(600, 420, { steps: 5 });
    await page.mouse.up();
    expect(await page.$eval('#jmp-canvas', (el) => (el as HTMLElement).style.transform)).not.toBe(before);
    expect(await page.textContent('#jmp-zoom-level')).toMatch(/^\d+%$/);
    await page.context().close();
  });

  it('the table view toggle shows the journey as a table', async () => {
    const { page } = await open('sample');
    const table = page.locator('table.jmp-table');
    // Visually hidden but still in the accessibility tree for screen readers.
    expect((await page.locator('#jmp-table-view').boundingBox())?.width ?? 0).toBeLessThan(5);
    expect(await page.locator('#jmp-table-view').evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    await page.click('#jmp-table-toggle');
    expect(await table.isVisible()).toBe(true);
    expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(500);
    expect(await page.locator('#jmp-viewport').isVisible()).toBe(false);
    expect(await page.getAttribute('#jmp-table-toggle', 'aria-pressed')).toBe('true');
    expect(await page.locator('table.jmp-table th[scope="row"]').count()).toBe(4);
    await page.click('#jmp-table-toggle');
    expect(await page.locator('#jmp-viewport').isVisible()).toBe(true);
    await page.context().close();
  });

  it('print media hides the controls and fits the map to the page width', async () => {
    const { page } = await open('sample');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.jmp-controls').isVisible()).toBe(false);
    expect(await page.locator('#jmp-details').isVisible()).toBe(false);
    const widths = await page.evaluate(() => ({
      svg: document.querySelector('#jmp-canvas svg')!.getBoundingClientRect().width,
      body: document.body.getBoundingClientRect().width,
    }));
    expect(Math.abs(widths.svg - widths.body)).toBeLessThan(2);
    // The page's own print rules must not touch the map's parts (its header band, lanes).
    expect(await page.locator('svg [data-role="header"]').isVisible()).toBe(true);
    expect(await page.locator('svg [data-kind="lane"]:visible').count()).toBe(9);
    await page.context().close();
  });

  it('without JavaScript the map and the table are there, the controls are not', async () => {
    const { page, requests } = await open('sample', false);
    expect(await page.locator('#jmp-canvas svg').isVisible()).toBe(true);
    expect(await page.locator('table.jmp-table').isVisible()).toBe(true);
    expect(await page.locator('.jmp-controls').isVisible()).toBe(false);
    expect(await page.textContent('h1')).toBe('First grocery order');
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it('hostile journey text is shown literally and never runs', async () => {
    const { page, problems, requests, dialogs } = await open('hostile');
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain('jmp-js');
    expect(await page.textContent('h1')).toBe(`Title ${HOSTILE}`);
    expect(await page.title()).toBe(`Title ${HOSTILE}`);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(2);
    await tabToTouchpoint(page);
    await page.keyboard.press('Enter');
    expect(await detailsTitle(page).textContent()).toBe(`Sees an Instagram ad ${HOSTILE}`);
    const panel = (await page.textContent('#jmp-details')) ?? '';
    expect(panel).toContain(`Notes ${HOSTILE}`);
    expect(panel).toContain(`“${HOSTILE}”`);
    expect(await page.locator('#jmp-details img, #jmp-details script').count()).toBe(0);
    await page.click('#jmp-table-toggle');
    expect(await page.locator('table.jmp-table caption').textContent()).toContain(HOSTILE);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
