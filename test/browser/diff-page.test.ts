// journeymap diff --format html in real Chromium: the new map with the old one as its comparison
// (NEW tag on the added touchpoint, CHANGED on the changed one, the removed one named at its
// stage, the old curve behind),
// the map pages' CSP (same policy as `build -f html` of the new journey), no errors, nothing fetched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';

const journey = (second: string, card: number): string =>
  [
    'title: Checkout',
    'personas: [{ id: maria, name: Maria }]',
    'stages:',
    '  - id: browse',
    '    name: Browse',
    '    touchpoints:',
    '      - { id: search, name: Searches, emotion: 1 }',
    `      - ${second}`,
    '  - id: pay',
    '    name: Pay',
    '    touchpoints:',
    `      - { id: card, name: Card form, emotion: ${card} }`,
    '',
  ].join('\n');

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = tempProject({
    'old.journey.yaml': journey('{ id: compare, name: Compares prices, emotion: -1 }', -2),
    'new.journey.yaml': journey('{ id: list, name: Saves a list, emotion: 1 }', 1),
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
});

describe('diff --format html', () => {
  it('writes the visual diff page with -o, the same CSP as a map page, and it runs clean in Chromium', async () => {
    const r = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml', '--format', 'html', '-o', 'diff.html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'diff.html'), 'utf8');
    expect(runCli(['build', 'new.journey.yaml', '-f', 'html'], { cwd: dir }).status).toBe(0);
    const csp = (text: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(text)?.[1];
    const mapPage = readFileSync(join(dir, 'out', 'new.html'), 'utf8');
    expect(csp(html)).toBeDefined();
    expect(csp(html)).toBe(csp(mapPage));

    const page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    page.on('request', (req) => (req.url().startsWith('file:') || req.url().startsWith('data:') ? undefined : requests.push(req.url())));
    await page.goto(pathToFileURL(join(dir, 'diff.html')).href);
    const roles = await page.evaluate(() => {
      const all = (role: string) => [...document.querySelectorAll(`[data-role="${role}"]`)];
      return {
        fresh: all('new-touchpoint').map((g) => g.getAttribute('aria-label')),
        changed: all('changed-touchpoint').map((g) => `${g.getAttribute('aria-label')}: ${g.textContent?.trim()}`),
        removed: all('removed-touchpoints').map((g) => g.textContent?.replace(/\s+/g, ' ').trim()),
        oldCurves: all('compare-curve').length,
        curves: all('emotion-curve').length,
      };
    });
    expect(roles.fresh).toEqual(['Saves a list is new']);
    // Card form's emotion changed (-2 → 1); Searches did not.
    expect(roles.changed).toEqual(['Card form changed: CHANGED']);
    expect(roles.removed.join(' ')).toContain('Compares prices');
    expect(roles.oldCurves).toBe(1);
    expect(roles.curves).toBe(1);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('standard output without -o; -o naming a compared journey is refused', () => {
    const r = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml', '--format', 'html'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const clobber = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml', '--format', 'html', '-o', 'new.journey.yaml'], { cwd: dir });
    expect(clobber.status).toBe(2);
    expect(readFileSync(join(dir, 'new.journey.yaml'), 'utf8')).toContain('Saves a list');
  });

  it('-o writes the other formats to the file too', () => {
    const r = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml', '--format', 'markdown', '-o', 'diff.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'diff.md'), 'utf8')).toContain('## Journey map changes: Checkout');
  });
});
