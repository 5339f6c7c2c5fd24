// The HTML page's fonts as the CLI writes them, in real Chromium: an English, a German, a French and
// a Japanese (with emoji) journey. Each page embeds exactly the Inter slices its characters touch
// (and Noto subsets for what Inter lacks); every character of the page is drawn with an embedded
// face, as wide as layout measured it, on screen and in print; a Latin build never reads harfbuzz.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_SLICES } from '../../src/assets/font-slices.js';
import { measureText } from '../../src/layout/measure-text.js';
import { skipWithout } from '../support/consumers.js';
import { REPO_ROOT, runCli, tempProject } from '../support/run-cli.js';

const PAGES = {
  en: readFileSync(join(REPO_ROOT, 'examples/first-grocery-order.journey.yaml'), 'utf8'),
  de: readFileSync(join(REPO_ROOT, 'test/fixtures/locales/de.journey.yaml'), 'utf8'),
  fr: readFileSync(join(REPO_ROOT, 'test/fixtures/locales/fr.journey.yaml'), 'utf8'),
  ja: readFileSync(join(REPO_ROOT, 'test/fixtures/locales/ja.journey.yaml'), 'utf8'),
};
type Name = keyof typeof PAGES;

/**
 * Preloaded into the CLI: records every module it resolves and every .wasm file it reads (harfbuzz's
 * wasm is read with readFileSync), whether the bundle is ES modules or one CommonJS file.
 */
const RECORDER = `import fs from 'node:fs';
import { register, syncBuiltinESMExports } from 'node:module';
const log = process.env.JM_LOADS;
const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (String(path).endsWith('.wasm')) fs.appendFileSync(log, 'read ' + path + '\\n');
  return read.call(this, path, ...rest);
};
syncBuiltinESMExports();
register('data:text/javascript,' + encodeURIComponent(\`import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.JM_LOADS, 'module ' + result.url + '\\\\n');
  return result;
}\`));
`;

let dir: string;
let browser: Browser;
const html = (name: Name): string => readFileSync(join(dir, 'out', `${name}.html`), 'utf8');
const loads: Record<'latin' | 'ja', string> = { latin: '', ja: '' };

/** Builds some journeys with the recorder preloaded; returns what it recorded. */
function buildRecording(names: readonly Name[], log: string): string {
  writeFileSync(join(dir, log), '');
  const env = { NODE_OPTIONS: `--import=${pathToFileURL(join(dir, 'recorder.mjs')).href}`, JM_LOADS: join(dir, log) };
  const result = runCli(['build', ...names.map((n) => `${n}.journey.yaml`), '-f', 'html', '-o', 'out', '--jobs', '1'], { cwd: dir, env });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(join(dir, log), 'utf8');
}

beforeAll(async () => {
  dir = tempProject({
    ...Object.fromEntries(Object.entries(PAGES).map(([n, text]) => [`${n}.journey.yaml`, text])),
    'recorder.mjs': RECORDER,
  });
  loads.latin = buildRecording(['en', 'de', 'fr'], 'latin.log');
  loads.ja = buildRecording(['ja'], 'ja.log');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
});

/** The page's @font-face rules as [weight, media type, slice id or the unicode-range]. */
function faces(text: string): string[][] {
  return [...text.matchAll(/@font-face\{[^}]*font-weight:(\d+);[^}]*unicode-range:([^;]*);src:url\(data:([^;]+);base64,/g)].map((m) => {
    const slice = FONT_SLICES.find((s) => s.unicodeRange === m[2]);
    return [m[1] ?? '', m[3] ?? '', slice ? slice.id : (m[2] ?? '')];
  });
}

const both = (id: string): string[][] => [
  ['400', 'font/woff2', id],
  ['600', 'font/woff2', id],
];

describe('the fonts of an HTML page', () => {
  it('a Latin build loads no harfbuzz (neither its module nor its wasm); a Japanese one does', () => {
    expect(loads.latin).toMatch(/^module /m);
    expect(loads.latin).not.toMatch(/harfbuzz/i);
    expect(loads.ja).toMatch(/^read .*harfbuzz-subset\.wasm$/m);
  });

  it('embeds exactly the Inter slices the page touches, then Noto subsets for what Inter lacks', () => {
    expect(faces(html('en'))).toEqual(both('latin'));
    expect(faces(html('de'))).toEqual([...both('latin'), ...both('latin-1')]);
    expect(faces(html('fr'))).toEqual([...both('latin'), ...both('latin-1')]);
    const ja = faces(html('ja'));
    expect(ja.slice(0, 2)).toEqual(both('latin'));
    // Per weight, Noto Sans JP for kana, kanji and full-width forms, Noto Emoji for 📱.
    expect(ja.slice(2).map(([weight, type, range]) => [weight, type, range?.includes('U+1F4F1') ? 'emoji' : 'jp'])).toEqual([
      ['400', 'font/ttf', 'jp'],
      ['400', 'font/ttf', 'emoji'],
      ['600', 'font/ttf', 'jp'],
      ['600', 'font/ttf', 'emoji'],
    ]);
  });

  it('keeps pages small: the grocery example under 200 KB', () => {
    expect(Buffer.byteLength(html('en'))).toBeLessThan(200_000);
    for (const name of ['de', 'fr'] as const) expect(Buffer.byteLength(html(name))).toBeLessThan(120_000);
  });

  it('gives the same bytes when built again', () => {
    const before = (['en', 'de', 'fr', 'ja'] as const).map(html);
    const result = runCli(['build', '.', '-f', 'html', '-o', 'out', '--no-cache'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect((['en', 'de', 'fr', 'ja'] as const).map(html)).toEqual(before);
  });

  for (const name of ['en', 'de', 'fr', 'ja'] as const) {
    it(`draws every character of the ${name} page with an embedded face, as wide as layout measured it`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(join(dir, 'out', `${name}.html`)).href);
        const shown = await page.evaluate(async () => {
          await document.fonts.ready;
          let text = '';
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement?.closest('script,style')) text += (node as Text).data;
          }
          const chars = [...new Set(text)].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20).sort();
          await Promise.all(['400', '600'].map((w) => document.fonts.load(`${w} 100px Inter`, chars.join(''))));
          const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
          // The same width whatever generic family follows Inter: no character fell through to it.
          const widths = (weight: string, generic: string): number[] => {
            ctx.font = `${weight} 100px Inter, ${generic}`;
            return chars.map((c) => ctx.measureText(c).width);
          };
          return {
            chars,
            regular: [widths('400', 'monospace'), widths('400', 'serif')],
            semibold: [widths('600', 'monospace'), widths('600', 'serif')],
            faces: [...document.fonts].map((f) => f.status),
          };
        });
        expect(shown.chars.length).toBeGreaterThan(name === 'ja' ? 150 : 60);
        expect(shown.faces).toEqual(faces(html(name)).map(() => 'loaded'));
        for (const face of ['regular', 'semibold'] as const) {
          const [mono, serif] = shown[face];
          const wrong = shown.chars.flatMap((ch, i) => {
            const expected = measureText(ch, { face, size: 100 });
            const ok = Math.abs((mono?.[i] ?? 0) - expected) < 0.05 && Math.abs((serif?.[i] ?? 0) - expected) < 0.05;
            return ok ? [] : [`${ch} U+${(ch.codePointAt(0) ?? 0).toString(16)}: ${mono?.[i]} / ${serif?.[i]}, layout ${expected}`];
          });
          expect(wrong, face).toEqual([]);
        }
      } finally {
        await page.close();
      }
    });
  }

  it("keeps the stylesheet's own signs through the ASCII-only CLI bundle: the failure marker is ⚠", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(dir, 'out', 'en.html')).href);
      const contents = await page.evaluate(() =>
        [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .flatMap((rule) => (rule instanceof CSSStyleRule && rule.style.content ? [[rule.selectorText, rule.style.content]] : [])),
      );
      expect(contents).toContainEqual(['.jmp-fails li::marker', '"\u26a0 "']);
      // No character came out as the letters of an escape (String.raw`⚠` bundled as \u26a0 did).
      expect(contents.filter(([, content]) => /u[0-9a-f]{4}/i.test(content ?? ''))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.skipIf(skipWithout('pdffonts'))('prints with the embedded faces only (Chromium PDF: Inter and Noto, no system font)', async () => {
    for (const name of ['de', 'ja'] as const) {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(join(dir, 'out', `${name}.html`)).href);
        await page.evaluate(() => document.fonts.ready);
        const pdf = join(dir, `${name}-print.pdf`);
        writeFileSync(pdf, await page.pdf({ format: 'A3', landscape: true }));
        const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' })
          .stdout.split('\n')
          .slice(2)
          .filter((line) => line.trim() !== '')
          .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '');
        expect(fonts.length).toBeGreaterThan(0);
        expect(
          fonts.filter((f) => !/^(Inter|NotoSans|NotoEmoji)/.test(f)),
          name,
        ).toEqual([]);
        if (name === 'ja') expect(fonts.some((f) => f.startsWith('NotoSansJP'))).toBe(true);
      } finally {
        await page.close();
      }
    }
  });
});
