// A theme file with a brand logo, end to end through the built CLI: every format builds with the
// logo in it (also from the config's `theme:` and on worker threads), and a bad logo is a
// one-line usage error (exit 2) naming the theme file and the key.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><rect width="30" height="30" rx="6" fill="#f2a900"/><rect x="38" y="9" width="50" height="12" fill="#ffffff"/></svg>';

function logoPng(): Uint8Array {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  return new Resvg(LOGO_SVG).render().asPng();
}

const BRAND_THEME = 'extends: default\nlogo: logo.png\nbrand: ACME Consulting\ncolors: { headerBackground: "#0b3d2e", accent: "#f2a900" }\n';

describe('theme logo', () => {
  it('builds svg, pdf, html and png with the logo from --theme brand.yaml', () => {
    const png = logoPng();
    const cwd = tempProject({ 'brand/brand.yaml': BRAND_THEME, 'brand/logo.png': png, 'maps/a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'maps/a.journey.yaml', '--theme', 'brand/brand.yaml', '-f', 'svg,pdf,html,png', '-o', 'out'], { cwd });
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const svg = readFileSync(join(cwd, 'out/maps/a.svg'), 'utf8');
    expect(svg).toContain(`preserveAspectRatio="xMidYMid meet" href="${dataUrl}"`);
    expect(svg).toContain('ACME Consulting');
    const html = readFileSync(join(cwd, 'out/maps/a.html'), 'utf8');
    expect(html).toContain(`<div class="jmp-brand"><img src="${dataUrl}" alt="ACME Consulting"></div>`);
    expect(readFileSync(join(cwd, 'out/maps/a.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(cwd, 'out/maps/a.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
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
    ['a missing logo', 'logo: nope.png\n', /"logo" "nope\.png" not found/],
    ['a logo outside the project root', 'logo: ../../outside.png\n', /"logo" "\.\.\/\.\.\/outside\.png" is outside the project root/],
    ['a logo that is not an image', 'logo: notes.png\n', /"logo" "notes\.png" is not a png, jpg or svg image/],
  ])('refuses %s with exit 2 and one line naming the theme file', (_name, theme, message) => {
    const cwd = tempProject({ 'brand/brand.yaml': theme, 'brand/notes.png': 'hello', 'maps/a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'maps/a.journey.yaml', '--theme', 'brand/brand.yaml', '-f', 'svg', '-o', 'out'], { cwd });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(join(cwd, 'brand/brand.yaml'));
    expect(lines[0]).toMatch(message);
  });
});
