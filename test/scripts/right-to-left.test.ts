// Right-to-left text built by the real CLI in svg, html, pdf and png: a thought whose first strong
// character is Arabic sits at its bubble's right edge (the same inset as a Latin thought keeps on
// the left) and reads right to left in SVG, in Chromium (the HTML page), in the PDF (pdftotext
// word boxes) and in the PNG's pixels; the PDF persona page wraps a long Arabic goal in logical
// order (line after line of the source) and aligns it right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, words } from '../pdf/pdf-tools.js';
import { decodePng } from '../png/decode-png.js';
import { skipWithout } from '../support/consumers.js';
import { runCli, tempProject } from '../support/run-cli.js';

const RTL_THOUGHT = 'هل يوجد عرض اليوم على iPhone 15؟';
const LTR_THOUGHT = 'Everything left to right here';
const GOAL =
  'توصيل سريع وموثوق في الوقت المحدد كل أسبوع دون الحاجة إلى الاتصال بخدمة العملاء أو انتظار رسالة من شركة التوصيل أو من التطبيق نفسه في كل مرة';

const JOURNEY = `title: Right to left
personas:
  - { id: layla, name: ليلى, goals: [${GOAL}] }
stages:
  - name: الطلب
    touchpoints:
      - { name: يفتح التطبيق, emotion: 1, thought: "${RTL_THOUGHT}" }
      - { name: Checks the page, emotion: 0, thought: "${LTR_THOUGHT}" }
`;

let dir: string;
const out = (ext: string): string => join(dir, 'out', `rtl.${ext}`);

/** A thought bubble of the SVG: its rect and the x of its text's first line (the anchor). */
interface Bubble {
  readonly rect: { x: number; y: number; width: number; height: number };
  readonly anchor: number;
  readonly baseline: number;
  readonly textAnchor: string | null;
  readonly bidi: string | null;
}

function bubble(svg: string, text: string): Bubble {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const span = Array.from(doc.getElementsByTagName('tspan')).find((s) => (s.textContent ?? '').includes(text.split(' ')[0] ?? ''));
  if (!span) throw new Error(`no text ${text}`);
  const textEl = span.parentNode as unknown as Element;
  const rect = Array.from((textEl.parentNode as unknown as Element).getElementsByTagName('rect'))[0];
  if (!rect) throw new Error(`no bubble for ${text}`);
  const n = (el: Element, name: string) => Number(el.getAttribute(name));
  return {
    rect: { x: n(rect, 'x'), y: n(rect, 'y'), width: n(rect, 'width'), height: n(rect, 'height') },
    anchor: n(span as unknown as Element, 'x'),
    baseline: n(span as unknown as Element, 'y'),
    textAnchor: textEl.getAttribute('text-anchor'),
    bidi: textEl.getAttribute('unicode-bidi'),
  };
}

let rtl: Bubble;
let ltr: Bubble;

beforeAll(() => {
  dir = tempProject({ 'rtl.journey.yaml': JOURNEY });
  const result = runCli(['build', 'rtl.journey.yaml', '-f', 'svg,pdf,html,png', '-o', 'out'], { cwd: dir });
  expect(result.status, result.stderr).toBe(0);
  const svg = readFileSync(out('svg'), 'utf8');
  rtl = bubble(svg, RTL_THOUGHT);
  ltr = bubble(svg, LTR_THOUGHT);
});

describe('a right-to-left thought', () => {
  it('SVG: is anchored at the bubble’s right edge with the inset a Latin thought keeps on the left', () => {
    const inset = ltr.anchor - ltr.rect.x;
    expect(inset).toBeGreaterThan(0);
    expect(rtl.rect.x + rtl.rect.width - rtl.anchor).toBeCloseTo(inset, 2);
    expect([rtl.textAnchor, rtl.bidi]).toEqual(['end', 'plaintext']);
    expect([ltr.textAnchor, ltr.bidi]).toEqual([null, null]);
  });

  it('HTML: Chromium draws it ending at the right edge, reading right to left', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(out('html')).href);
      await page.evaluate(() => document.fonts.ready);
      const drawn = await page.evaluate((first) => {
        const text = [...document.querySelectorAll('svg text')].find((t) => t.textContent?.includes(first)) as SVGTextElement;
        const line = text.querySelector('tspan') as SVGTSpanElement;
        const box = line.getBBox();
        const chars = line.getNumberOfChars();
        return { left: box.x, right: box.x + box.width, first: line.getExtentOfChar(0).x, last: line.getExtentOfChar(chars - 1).x };
      }, RTL_THOUGHT.split(' ')[0] ?? '');
      expect(drawn.right).toBeCloseTo(rtl.anchor, 0);
      // The first letter is at the right, the last at the left.
      expect(drawn.first).toBeGreaterThan(drawn.last);
      expect(drawn.left).toBeGreaterThan(rtl.rect.x);
    } finally {
      await browser.close();
    }
  });

  it('HTML table view: a right-to-left cell reads right to left, aligned right; a Latin one left', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(out('html')).href);
      await page.evaluate(() => document.fonts.ready);
      const cells = await page.evaluate(
        (texts) => {
          for (const hidden of document.querySelectorAll('[hidden]')) hidden.removeAttribute('hidden');
          const cellsOf = [...document.querySelectorAll('.jmp-table td, .jmp-table th')];
          return texts.map((text) => {
            const cell = cellsOf.find((c) => c.textContent?.trim() === text) as HTMLElement;
            const range = document.createRange();
            range.selectNodeContents(cell);
            const ink = range.getBoundingClientRect();
            const box = cell.getBoundingClientRect();
            const style = getComputedStyle(cell);
            return {
              leftGap: ink.left - box.left - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.borderLeftWidth),
              rightGap: box.right - ink.right - Number.parseFloat(style.paddingRight) - Number.parseFloat(style.borderRightWidth),
            };
          });
        },
        ['يفتح التطبيق', 'Checks the page'],
      );
      // Within a pixel and a half of the cell's content edge (borders and rounding).
      expect(Math.abs(cells[0]?.rightGap ?? 99)).toBeLessThan(1.5);
      expect(cells[0]?.leftGap).toBeGreaterThan(10);
      expect(Math.abs(cells[1]?.leftGap ?? 99)).toBeLessThan(1.5);
    } finally {
      await browser.close();
    }
  });

  it('PNG: its ink ends at the anchor and starts inside the bubble', () => {
    const png = decodePng(readFileSync(out('png')));
    const background = [0, 1, 2].map(
      (c) => png.pixels[(Math.round(rtl.baseline - 4) * png.width + Math.round(rtl.rect.x + 3)) * 4 + c] ?? 0,
    );
    const inkColumns: number[] = [];
    for (let x = Math.floor(rtl.rect.x + 1); x < Math.ceil(rtl.rect.x + rtl.rect.width - 1); x++) {
      for (let y = Math.round(rtl.baseline - 9); y <= Math.round(rtl.baseline + 2); y++) {
        const i = (y * png.width + x) * 4;
        const diff = [0, 1, 2].reduce((sum, c) => sum + Math.abs((png.pixels[i + c] ?? 0) - (background[c] ?? 0)), 0);
        if (diff > 150) {
          inkColumns.push(x);
          break;
        }
      }
    }
    expect(Math.max(...inkColumns)).toBeGreaterThan(rtl.anchor - 3);
    expect(Math.max(...inkColumns)).toBeLessThanOrEqual(rtl.anchor + 1);
    // Nothing is drawn in the left third of the bubble: the line is short and sits on the right.
    expect(Math.min(...inkColumns)).toBeGreaterThan(rtl.rect.x + rtl.rect.width / 3);
  });

  it.skipIf(skipWithout('pdftotext'))('PDF: its words end at the bubble’s right edge, the first word rightmost', () => {
    const page = words(out('pdf'), 1);
    // Scene px to PDF points, from two Latin words: the Latin thought and the lane title.
    const latin = page.find((w) => w.text.includes('Everything'));
    const svg = readFileSync(out('svg'), 'utf8');
    const laneTitle = /<tspan x="([\d.]+)" y="[\d.]+">Thoughts<\/tspan>/.exec(svg);
    const title = page.find((w) => w.text === 'Thoughts');
    expect(latin && laneTitle && title).toBeTruthy();
    const scale = ((latin?.xMin ?? 0) - (title?.xMin ?? 0)) / (ltr.anchor - Number(laneTitle?.[1]));
    const toPt = (x: number) => (title?.xMin ?? 0) + (x - Number(laneTitle?.[1])) * scale;
    // The words of the thought's line (poppler gives right-to-left words in visual order).
    const middle = (w: { yMin: number; yMax: number }) => (w.yMin + w.yMax) / 2;
    const arabic = page.filter(
      (w) => w.xMin > toPt(rtl.rect.x) && w.xMax < toPt(ltr.rect.x) && Math.abs(middle(w) - middle(latin ?? w)) < 6,
    );
    const right = Math.max(...arabic.map((w) => w.xMax));
    expect(right).toBeCloseTo(toPt(rtl.anchor), 0);
    const first = arabic.find((w) => w.text.includes('له'));
    const iphone = arabic.find((w) => w.text.includes('iPhone'));
    expect(first?.xMax).toBeCloseTo(right, 0);
    expect(iphone?.xMin).toBeLessThan(first?.xMin ?? 0);
  });

  it.skipIf(skipWithout('pdftotext'))(
    'PDF persona page: a wrapped Arabic goal reads line after line in logical order, aligned right',
    () => {
      const text = run('pdftotext', ['-f', '2', '-l', '2', out('pdf'), '-']);
      const lines = text
        .split('\n')
        .map((line) => line.replace(/[\u202a-\u202e]/g, '').trim())
        .filter((line) => line.length > 3 && GOAL.includes(line));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.join(' ')).toBe(GOAL);
      // Every line of the goal ends at the same right edge.
      const page = words(out('pdf'), 2);
      const label = page.find((w) => w.text === 'GOALS');
      const goalWords = page.filter((w) => /[\u0600-\u06ff]/.test(w.text) && w.yMin > (label?.yMin ?? Number.POSITIVE_INFINITY));
      const rows = new Map<number, number>();
      for (const w of goalWords) rows.set(Math.round(w.yMin), Math.max(rows.get(Math.round(w.yMin)) ?? 0, w.xMax));
      const rights = [...rows.values()];
      expect(rights.length).toBeGreaterThanOrEqual(2);
      expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(1.5);
    },
  );
});
