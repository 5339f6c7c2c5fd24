// One journey mixing Chinese, Korean, Arabic, Hebrew and emoji, built in svg, pdf, html and png
// by the real CLI: no glyphs-missing warning; pdftotext reads back the source text (right-to-left
// lines in logical order); pdffonts shows the fallback faces embedded as subsets; every text of
// the PNG differs from the same SVG drawn with Inter alone (where each such character is Inter's
// .notdef empty box) and has ink; Chromium shows the HTML with the embedded faces only.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from '@xmldom/xmldom';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFontPath } from '../../src/assets/bundled-fonts.js';
import { measureText } from '../../src/layout/measure-text.js';
import { type DecodedPng, decodePng } from '../png/decode-png.js';
import { skipWithout } from '../support/consumers.js';
import { runCli, tempProject } from '../support/run-cli.js';

const TEXTS = {
  title: '全球旅程 글로벌 여정 🌍',
  zh: '看到广告 📱',
  ko: '광고를 본다 👀',
  ar: 'يطلب من التطبيق',
  he: 'מזמין באפליקציה',
  stage: 'الطلب',
};
/** Arabic beside an emoji in one line: resvg falls back to one other face within a run, so the PNG draws such lines run by run. */
const AR_EMOJI = 'تم التوصيل 🎉';

const JOURNEY = `title: ${TEXTS.title}
personas:
  - { id: li, name: 李娜 (上海), goals: [快速配送, توصيل سريع] }
  - { id: minji, name: 김민지, goals: [빠른 배송] }
stages:
  - name: 发现 발견
    touchpoints:
      - { name: ${TEXTS.zh}, emotion: 1 }
      - { name: ${TEXTS.ko}, emotion: 0 }
  - name: ${TEXTS.stage}
    touchpoints:
      - { name: ${TEXTS.ar}, emotion: -1 }
      - { name: ${TEXTS.he}, emotion: 1 }
      - { name: Orders in طلب سريع today, emotion: 2 }
      - { name: ${AR_EMOJI}, emotion: 1 }
`;

let dir: string;
let diagnostics: { code: string; message: string }[];
const out = (ext: string): string => join(dir, 'out', `every.${ext}`);

beforeAll(() => {
  dir = tempProject({ 'every.journey.yaml': JOURNEY });
  const result = runCli(['build', 'every.journey.yaml', '-f', 'svg,pdf,html,png', '--reporter', 'json'], { cwd: dir });
  expect(result.status, result.stderr).toBe(0);
  diagnostics = JSON.parse(result.stdout) as typeof diagnostics;
});

describe('every script', () => {
  it('warns about no glyph: every character has a bundled face', () => {
    expect(diagnostics.filter((d) => d.code === 'glyphs-missing')).toEqual([]);
  });

  it.skipIf(skipWithout('pdftotext', 'pdffonts'))('PDF: pdftotext reads the source text back, the faces are embedded subsets', () => {
    const text = spawnSync('pdftotext', [out('pdf'), '-'], { encoding: 'utf8' }).stdout;
    // poppler wraps right-to-left lines in embedding marks; the letters between are the logical text.
    const lines = text.split('\n').map((line) => line.replace(/[\u202a-\u202e]/g, '').trim());
    for (const source of Object.values(TEXTS)) expect(lines).toContain(source);
    for (const source of ['李娜 (上海)', '김민지', '快速配送', '빠른 배송', '发现 발견']) expect(text).toContain(source);
    // The persona page (pdfkit's own text, not the Scene) too: an Arabic goal reads back in logical order.
    expect(lines).toContain('توصيل سريع');
    const fonts = spawnSync('pdffonts', [out('pdf')], { encoding: 'utf8' }).stdout;
    for (const family of ['NotoSansSC', 'NotoSansJP', 'NotoSansKR', 'NotoSansArabic', 'NotoSansHebrew', 'NotoEmoji']) {
      expect(fonts).toMatch(new RegExp(`[A-Z]{6}\\+${family}\\S*\\s+(CID )?TrueType.*yes yes`));
    }
  });

  it('PNG: every text is drawn with real glyphs, not the empty boxes of Inter alone', () => {
    const png = decodePng(readFileSync(out('png')));
    const svg = readFileSync(out('svg'), 'utf8');
    const interOnly = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: [bundledFontPath('regular'), bundledFontPath('semibold')], defaultFontFamily: 'Inter' },
      logLevel: 'off',
    });
    const tofu = decodePng(interOnly.render().asPng());
    expect([tofu.width, tofu.height]).toEqual([png.width, png.height]);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const spans = Array.from(doc.getElementsByTagName('tspan'));
    for (const source of [TEXTS.title, TEXTS.zh, TEXTS.ko, TEXTS.ar, TEXTS.he, TEXTS.stage, AR_EMOJI]) {
      const span = spans.find((s) => s.textContent === source);
      expect(span, source).toBeDefined();
      const text = span?.parentNode as unknown as Element;
      const size = Number(text.getAttribute('font-size'));
      const face = text.getAttribute('font-weight') === '600' ? 'semibold' : 'regular';
      const width = measureText(source, { face, size });
      // Right-to-left text is anchored at its right end (text-anchor end).
      const anchorEnd = text.getAttribute('text-anchor') === 'end';
      const box = {
        x: Number(span?.getAttribute('x')) - (anchorEnd ? width : 0),
        y: Number(span?.getAttribute('y')) - size,
        width,
        height: size * 1.3,
      };
      const { differing, inked } = compare(png, tofu, box);
      // A tenth of the box's pixels differ from the .notdef drawing, and there is ink.
      expect(differing, source).toBeGreaterThan(0.1 * box.width * box.height);
      expect(inked, source).toBeGreaterThan(0.05 * box.width * box.height);
    }
  });

  it('HTML: Chromium draws the page with the embedded faces alone', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(out('html')).href);
      await page.evaluate(() => document.fonts.ready);
      // Loading the family for each text loads the faces whose unicode-range it meets; none fails,
      // and the browser measures the text as wide as layout did (same faces, same advances).
      const result = await page.evaluate(
        async (texts) => {
          for (const t of texts) await Promise.all([document.fonts.load('12px Inter', t), document.fonts.load('600 12px Inter', t)]);
          const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
          ctx.font = '100px Inter';
          const widths = texts.map((t) => ctx.measureText(t).width);
          return { faces: [...document.fonts].map((f) => `${f.weight} ${f.status}`), widths };
        },
        [TEXTS.zh, TEXTS.ko, TEXTS.he, TEXTS.title, TEXTS.ar],
      );
      expect(result.faces.filter((f) => !f.endsWith('loaded'))).toEqual([]);
      // Inter and, per weight, the SC, JP, KR, Arabic, Hebrew and emoji faces the page uses.
      expect(result.faces).toHaveLength(2 + 2 * 6);
      const expected = [TEXTS.zh, TEXTS.ko, TEXTS.he, TEXTS.title].map((t) => measureText(t, { face: 'regular', size: 100 }));
      for (const [i, width] of expected.entries()) expect(result.widths[i]).toBeCloseTo(width, 0);
      // Arabic is measured shaped (joined forms), as the browser draws it: within 2%.
      const arabic = (result.widths[4] ?? 0) / measureText(TEXTS.ar, { face: 'regular', size: 100 });
      expect(arabic).toBeGreaterThan(0.98);
      expect(arabic).toBeLessThan(1.02);
    } finally {
      await browser.close();
    }
  });
});

function compare(a: DecodedPng, b: DecodedPng, box: { x: number; y: number; width: number; height: number }) {
  let differing = 0;
  let inked = 0;
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const corner = (y0 * a.width + x0) * 4;
  for (let y = y0; y < Math.min(a.height, Math.ceil(box.y + box.height)); y++) {
    for (let x = x0; x < Math.min(a.width, Math.ceil(box.x + box.width)); x++) {
      const i = (y * a.width + x) * 4;
      let diff = 0;
      let ink = 0;
      for (let c = 0; c < 3; c++) {
        diff += Math.abs((a.pixels[i + c] ?? 0) - (b.pixels[i + c] ?? 0));
        ink += Math.abs((a.pixels[i + c] ?? 0) - (a.pixels[corner + c] ?? 0));
      }
      if (diff > 60) differing++;
      if (ink > 60) inked++;
    }
  }
  return { differing, inked };
}
