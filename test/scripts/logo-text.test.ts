// An SVG brand logo made of text (Latin and a CJK character) keeps its text in the PNG: resvg
// draws no text in an SVG nested as an <image>, so the PNG renderer rasterizes such pictures
// first with the bundled faces. The logo's text is the one thing of its colour in the picture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../png/decode-png.js';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const INK = [0x7b, 0x1f, 0xa2] as const;
const logo = (text: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="0" y="24" font-family="Inter" font-size="24" font-weight="600" fill="#7b1fa2">${text}</text></svg>`;

/** Pixels close to the logo's ink colour. */
function inkPixels(png: Uint8Array): number {
  const { pixels } = decodePng(png);
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const d = Math.abs((pixels[i] ?? 0) - INK[0]) + Math.abs((pixels[i + 1] ?? 0) - INK[1]) + Math.abs((pixels[i + 2] ?? 0) - INK[2]);
    if (d < 40) count++;
  }
  return count;
}

function buildPng(text: string): Uint8Array {
  const cwd = tempProject({
    'brand/brand.yaml': 'extends: default\nlogo: logo.svg\n',
    'brand/logo.svg': logo(text),
    'a.journey.yaml': VALID_JOURNEY,
  });
  const r = runCli(['build', 'a.journey.yaml', '--theme', 'brand/brand.yaml', '-f', 'png', '-o', 'out'], { cwd });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(join(cwd, 'out', 'a.png'));
}

describe('an SVG logo in the PNG', () => {
  it('shows its text, more ink for more letters, CJK included', () => {
    const short = inkPixels(buildPng('AC'));
    const long = inkPixels(buildPng('ACME 全'));
    expect(short).toBeGreaterThan(20);
    expect(long).toBeGreaterThan(short * 1.5);
  });
});
