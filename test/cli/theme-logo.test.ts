// A theme file with a brand logo, end to end through the built CLI: every format really carries
// the logo (the SVG <image> and the HTML <img> hold its exact bytes, the PDF an image XObject with
// its pixels, read back by pdfimages; the PNG its colour), also from the config's `theme:` and on
// worker threads; a bad logo is a diagnostic (exit 1) at the logo value of the theme file.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { PDF_TOOLS, run } from '../pdf/pdf-tools.js';
import { decodePng } from '../png/decode-png.js';
import { skipWithout } from '../support/consumers.js';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** The logo's square is a colour no theme uses, so finding it in the PNG means the logo is there. */
const LOGO_RGB = [0x7b, 0x1f, 0xa2] as const;
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><rect width="30" height="30" rx="6" fill="#7b1fa2"/><rect x="38" y="9" width="50" height="12" fill="#ffffff"/></svg>';

/** Pixels of exactly the logo's colour in an RGBA PNG. */
function logoPixels(png: Uint8Array): number {
  const { pixels } = decodePng(png);
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i] === LOGO_RGB[0] && pixels[i + 1] === LOGO_RGB[1] && pixels[i + 2] === LOGO_RGB[2] && pixels[i + 3] === 255) count++;
  }
  return count;
}

/** The href of every <image> of an SVG document, through a real XML parser. */
const imageHrefs = (svg: string): string[] =>
  (Array.from(new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('image')) as Element[]).map(
    (image) => image.getAttribute('href') ?? image.getAttribute('xlink:href') ?? '',
  );

function logoPng(): Uint8Array {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  return new Resvg(LOGO_SVG).render().asPng();
}

const BRAND_THEME =
  'extends: default\nlogo: logo.png\nbrand: ACME Consulting\ncolors: { headerBackground: "#0b3d2e", accent: "#f2a900" }\n';

describe('theme logo', () => {
  it('builds svg, pdf, html and png with the logo from --theme brand.yaml', () => {
    const png = logoPng();
    const cwd = tempProject({ 'brand/brand.yaml': BRAND_THEME, 'brand/logo.png': png, 'maps/a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'maps/a.journey.yaml', '--theme', 'brand/brand.yaml', '-f', 'svg,pdf,html,png', '-o', 'out'], { cwd });
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const svg = readFileSync(join(cwd, 'out/maps/a.svg'), 'utf8');
    // The journey has no persona images: the one <image> is the logo, holding its exact bytes.
    expect(imageHrefs(svg)).toEqual([dataUrl]);
    expect(svg).toContain(`preserveAspectRatio="xMidYMid meet" href="${dataUrl}"`);
    expect(svg).toContain('ACME Consulting');
    const html = readFileSync(join(cwd, 'out/maps/a.html'), 'utf8');
    expect(html).toContain(`<div class="jmp-brand"><img src="${dataUrl}" alt="ACME Consulting"></div>`);
    // The map inside the page carries it too.
    expect(html).toContain(`href="${dataUrl}"`);
    // The PNG shows the logo's colour (a build without the logo has none of it, see below).
    expect(logoPixels(readFileSync(join(cwd, 'out/maps/a.png')))).toBeGreaterThan(200);
    const plain = runCli(['build', 'maps/a.journey.yaml', '-f', 'png', '-o', 'plain'], { cwd });
    expect(plain.status).toBe(0);
    expect(logoPixels(readFileSync(join(cwd, 'plain/maps/a.png')))).toBe(0);
  });

  it.skipIf(skipWithout(...PDF_TOOLS))('the PDF holds the logo as an image XObject with its pixels (pdfimages)', () => {
    const png = logoPng();
    const cwd = tempProject({ 'brand/brand.yaml': BRAND_THEME, 'brand/logo.png': png, 'maps/a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'maps/a.journey.yaml', '--theme', 'brand/brand.yaml', '-f', 'pdf', '-o', 'out'], { cwd });
    expect(r.status).toBe(0);
    const pdf = join(cwd, 'out/maps/a.pdf');
    // page num type width height color …: the logo's 90×30 RGB image and its alpha mask on page 1.
    const rows = run('pdfimages', ['-list', pdf])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim().split(/\s+/));
    const page1 = rows.filter((c) => c[0] === '1').map((c) => c.slice(2, 6).join(' '));
    expect(page1).toEqual(['image 90 30 rgb', 'smask 90 30 gray']);
    // Its pixels are the logo's wherever the logo is opaque.
    const prefix = join(mkdtempSync(join(tmpdir(), 'jm-logo-')), 'img');
    run('pdfimages', ['-png', '-f', '1', '-l', '1', pdf, prefix]);
    const extracted = decodePng(readFileSync(`${prefix}-000.png`));
    const logo = decodePng(png);
    expect([extracted.width, extracted.height]).toEqual([90, 30]);
    let opaque = 0;
    for (let i = 0; i < 90 * 30; i++) {
      if (logo.pixels[i * 4 + 3] !== 255) continue;
      opaque++;
      expect([...extracted.pixels.subarray(i * 4, i * 4 + 3)]).toEqual([...logo.pixels.subarray(i * 4, i * 4 + 3)]);
    }
    expect(opaque).toBeGreaterThan(1000);
  });

  it('takes the theme from the config, with the logo relative to the theme file, also on workers', () => {
    const cwd = tempProject({
      'journeymap.config.yaml': 'theme: styles/brand.yaml\n',
      'styles/brand.yaml': 'logo: ../assets/logo.svg\n',
      'assets/logo.svg': LOGO_SVG,
      'maps/a.journey.yaml': VALID_JOURNEY,
      'maps/b.journey.yaml': VALID_JOURNEY,
    });
    const r = runCli(['build', 'maps', '-f', 'svg', '-o', 'out', '--jobs', '2'], { cwd });
    expect(r.status).toBe(0);
    for (const name of ['a', 'b']) {
      const svg = readFileSync(join(cwd, `out/maps/${name}.svg`), 'utf8');
      expect(svg).toContain(`href="data:image/svg+xml;base64,${Buffer.from(LOGO_SVG).toString('base64')}"`);
    }
  });

  it.each([
    ['a missing logo', 'logo: nope.png\n', 'image-not-found', 'logo "nope.png" does not exist'],
    [
      'a logo outside the project root',
      'logo: ../../outside.png\n',
      'path-outside-root',
      'logo "../../outside.png" leads outside the project root',
    ],
    [
      'a logo that is not an image',
      'logo: notes.png\n',
      'invalid-image',
      'logo "notes.png" cannot be used: it is not a png, jpg or svg image, but its name says png',
    ],
  ])('refuses %s with exit 1 and a diagnostic at the logo value in the theme file', (_name, theme, code, message) => {
    const cwd = tempProject({ 'brand/brand.yaml': `brand: X\n${theme}`, 'brand/notes.png': 'hello', 'maps/a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'maps/a.journey.yaml', '--theme', 'brand/brand.yaml', '-f', 'svg', '-o', 'out', '--reporter', 'json'], {
      cwd,
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([{ severity: 'error', code, message, file: 'brand/brand.yaml', line: 2, column: 7 }]);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});
