// The page script as shipped: src/render/html/client/ bundled into one IIFE, the same bytes from
// source (vitest's plugin) and from dist/ (the CLI), pinned by the page's CSP; it bundles nothing
// from the node side; and in Chromium a touchpoint pinned by a click gets focus back on close.

import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundlePageScript } from '../../scripts/page-script.mjs';
import { PAGE_SCRIPT } from '../../src/render/html/html-page.js';
import { REPO_ROOT, runCli, tempProject } from '../support/run-cli.js';

const CLIENT = join(REPO_ROOT, 'src', 'render', 'html', 'client');
const scriptOf = (html: string): string => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
/** The CSP's script-src sources. */
function scriptHashes(html: string): string[] {
  const csp = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
  return (
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === 'script-src')
      ?.slice(1) ?? []
  );
}
const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The example journey built to HTML by the CLI (dist/), in a temporary project. */
function builtPage(): { dir: string; html: string } {
  const dir = tempProject();
  copyFileSync(join(REPO_ROOT, 'examples', 'first-grocery-order.journey.yaml'), join(dir, 'map.journey.yaml'));
  const result = runCli(['build', '-f', 'html', '-o', 'out', 'map.journey.yaml'], { cwd: dir });
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.status).toBe(0);
  return { dir, html: readFileSync(join(dir, 'out', 'map.html'), 'utf8') };
}

describe('the page script bundle', () => {
  it('is the client bundled as one strict es2019 IIFE, exactly what the renderer inlines', async () => {
    const { text } = await bundlePageScript();
    expect(PAGE_SCRIPT).toBe(text);
    expect(text).toMatch(/^"use strict";\(\(\)=>\{/);
    expect(text.endsWith('})();\n')).toBe(true);
    // The sources use ?. and ?? throughout: es2019 output has neither.
    expect(text).not.toMatch(/\?\?|\?\.(?!\d)/);
    expect(text).toContain('jmp-details');
  });

  it('bundles the client modules and the shared selectors, nothing else', async () => {
    const { inputs } = await bundlePageScript();
    const client = readdirSync(CLIENT)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `src/render/html/client/${f}`);
    expect(inputs.map((p) => relative(REPO_ROOT, p)).sort()).toEqual([...client, 'src/render/svg/scene-selectors.ts'].sort());
  });

  it('the CLI (dist/) inlines the same script and pins it alone by its hash', () => {
    const { dir, html } = builtPage();
    try {
      expect(scriptOf(html)).toBe(PAGE_SCRIPT);
      expect(scriptHashes(html)).toEqual([sha(PAGE_SCRIPT)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in Chromium: closing details pinned by a click on a cell off the Tab stop returns focus to the touchpoint', async () => {
    const { dir } = builtPage();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(pathToFileURL(join(dir, 'out', 'map.html')).href);
      // The actions lane's cell of the first touchpoint: not its Tab stop (that is the touchpoints lane's).
      const lane = page.locator('svg [data-role="lane"][data-ref="actions"]');
      const cell = lane.locator('[data-role="cell"]').first();
      const id = await cell.getAttribute('data-ref');
      expect(await cell.getAttribute('tabindex')).toBeNull();
      await cell.click();
      expect(await page.textContent('#jmp-details h2')).not.toBe('Touchpoint details');
      await page.click('#jmp-details .jmp-close');
      const focused = await page.evaluate(() => [
        document.activeElement?.getAttribute('data-ref'),
        document.activeElement?.getAttribute('tabindex'),
      ]);
      expect(focused).toEqual([id, '0']);
      // Unpinned: focus back on the touchpoint only previews it.
      expect(await page.locator('svg .jmp-selected').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
