// Hebrew points stay on their letter in the PDF: a pointed word drawn by the PDF's text routine
// (render/pdf/pdf-text.ts) and rasterized by poppler puts the ink of its points, below the
// baseline, centred where resvg (harfbuzz, as in PNG and Chromium) does for the same word,
// font and size. fontkit's own placement, used before, moved each point under the next letter.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fallbackFaceFor } from '../../src/assets/fallback-faces.js';
import { drawTextLine } from '../../src/render/pdf/pdf-text.js';
import { decodePng } from '../png/decode-png.js';
import { skipWithout } from '../support/consumers.js';

const SIZE = 40;
const X = 20;
const BASELINE = 60;
const WIDTH = 300;
const HEIGHT = 90;

/** The columns with ink in the band below the baseline (where the points are), from RGBA pixels. */
function markColumns(png: { width: number; pixels: Uint8Array }): Set<number> {
  const columns = new Set<number>();
  for (let y = BASELINE + 3; y < BASELINE + 14; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.pixels[i] ?? 255) < 128 && (png.pixels[i + 3] ?? 0) > 128) columns.add(x);
    }
  }
  return columns;
}

/** Runs of adjacent ink columns (one per point below the baseline), as their centres. */
function groups(columns: Set<number>): number[] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const x of sorted) {
    const last = runs.at(-1);
    if (last && x - (last.at(-1) ?? 0) <= 2) last.push(x);
    else runs.push([x]);
  }
  return runs.map((run) => run.reduce((a, b) => a + b, 0) / run.length);
}

async function pdfPixels(word: string): Promise<{ width: number; pixels: Uint8Array }> {
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.fillColor('#000000');
  drawTextLine(doc, word, X, BASELINE, { face: 'regular', size: SIZE }, 'rtl');
  doc.end();
  await done;
  const dir = mkdtempSync(join(tmpdir(), 'jm-marks-'));
  writeFileSync(join(dir, 'word.pdf'), Buffer.concat(chunks));
  execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', join(dir, 'word.pdf'), join(dir, 'word')]);
  return decodePng(readFileSync(join(dir, 'word.png')));
}

function resvgPixels(word: string): { width: number; pixels: Uint8Array } {
  const face = fallbackFaceFor(0x5d0, 'regular');
  if (!face) throw new Error('no Hebrew face');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/><text x="${X}" y="${BASELINE}" font-size="${SIZE}" font-family="${face.family}">${word}</text></svg>`;
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [face.file], defaultFontFamily: face.family },
    logLevel: 'off',
  });
  return decodePng(resvg.render().asPng());
}

describe.skipIf(skipWithout('pdftoppm'))('Hebrew points in the PDF', () => {
  it.each(['בָּרָא', 'שָׁלוֹם', 'בְּרֵאשִׁית'])('%s: the points are drawn under the letters resvg draws them under', async (word) => {
    const pdf = groups(markColumns(await pdfPixels(word)));
    const png = groups(markColumns(resvgPixels(word)));
    expect(png.length).toBeGreaterThan(0);
    // The same points, each centred within 1.5 px of where resvg centres it.
    expect(pdf.length).toBe(png.length);
    pdf.forEach((centre, i) => expect(Math.abs(centre - (png[i] ?? 0))).toBeLessThan(1.5));
  });
});
