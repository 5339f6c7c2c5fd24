// Language 1.1, part A, in the HTML page in real Chromium: the details panel shows a step's time,
// failure points, recovery, the handoff into it and its detail map's page; the inline map links the
// detail badge to the detail's .html; the storyboard picture loads from the page itself (no request).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html/html-renderer.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { blueprintAssets, blueprintJourney } from '../support/blueprint-journey.js';
import { renderContextOf, sceneOf } from '../support/view.js';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;
let dir: string;
let url: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  dir = mkdtempSync(join(tmpdir(), 'jm-blueprint-'));
  const scene = sceneOf(blueprintJourney, { theme: defaultTheme });
  const file = join(dir, 'delivery.html');
  writeFileSync(file, await renderHtml(scene, renderContextOf(blueprintJourney, { assets: blueprintAssets })));
  url = pathToFileURL(file).href;
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the HTML page of a service blueprint', () => {
  it('shows time, failures, recovery, the handoff and the detail map in the details panel', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    page.on('request', (r) => (r.url() !== url && !r.url().startsWith('data:') ? requests.push(r.url()) : undefined));
    await page.goto(url);
    // A moment of truth's band lies over its column: reach the step by keyboard, as a reader can.
    await page.locator('svg [data-kind="touchpoint"][data-ref="waits"][tabindex="0"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#jmp-details h2').textContent()).toBe('Waits for the courier');
    const sections = await page.$$eval('#jmp-details .jmp-section', (els) =>
      els.map((s) => [s.querySelector('h3')?.textContent, s.querySelector('p, ul, a')?.textContent]),
    );
    expect(sections).toEqual(
      expect.arrayContaining([
        ['Time', 'Waits 1 dLongest wait'],
        ['Failure points', 'Courier cannot find the door'],
        ['Recovery', 'No recovery defined'],
        ['Handoffs', 'Risky handoff from Web to Logistics'],
        ['Detail map', '../details/door.html'],
      ]),
    );
    expect(await page.getAttribute('#jmp-details a.jmp-detail-link', 'href')).toBe('../details/door.html');
    // The badge inside the inline map links the detail's page, not its SVG.
    expect(await page.locator('svg a[href="../details/door.html"] [data-role]').count()).toBe(0);
    expect(await page.locator('svg [data-role="detail-link"] a[href="../details/door.html"]').count()).toBe(1);
    expect(await page.locator('svg a[href$=".svg"]').count()).toBe(0);
    // The picture is drawn: an <image> of the display size, loaded from its data: URL.
    const size = await page.$eval('svg image', (img) => {
      const probe = new Image();
      probe.src = img.getAttribute('href') ?? '';
      return probe.decode().then(() => [probe.naturalWidth, probe.naturalHeight]);
    });
    expect(size).toEqual([320, 240]);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
