// Theme files get low-contrast warnings at the colour's line and column (the fixture lists them),
// and still give a theme; the docs' example theme (amber accent) and the built-ins get none.
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExpectations } from '../../test/language/fixture-expectations.js';
import { resolveTheme } from './resolve-theme.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/themes/invalid/low-contrast');
const where = (d: { code: string; span?: { file: string; start: { line: number; column: number } } }): string =>
  `${d.code} ${d.span?.file}:${d.span?.start.line}:${d.span?.start.column}`;

describe('low-contrast', () => {
  it('warns at each theme colour text cannot read on, exactly as the fixture lists, and keeps the theme', async () => {
    const name = 'amber-and-grey.theme.yaml';
    const result = await resolveTheme(name, fixtures, fixtures);
    expect(result.theme?.colors.accent).toBe('#888888');
    const expected = readExpectations(new Uint8Array(readFileSync(join(fixtures, name))))!;
    expect((result.warnings ?? []).map(where).sort()).toEqual(expected.map((e) => `${e.code} ${name}:${e.line}:${e.column}`).sort());
    const [accent, headerText, stage] = result.warnings!;
    expect(accent).toMatchObject({
      severity: 'warning',
      message:
        'colors.accent "#888888": neither white (3.5:1) nor the theme\'s text colour "#1f2933" (4.1:1) reaches the 4.5:1 WCAG AA asks for text (the current-state badge and "data" evidence chips)',
    });
    expect(headerText?.message).toBe(
      'colors.headerText: text "#3a4a6a" on "#1f2a44" reaches 1.6:1, under the 4.5:1 WCAG AA asks for text (headerText on the header band)',
    );
    // The worst text on the grey stage tint: the objective in muted text.
    expect(stage?.message).toBe(
      'colors.stageBackgrounds[1]: text "#52606d" on "#777777" reaches 1.4:1, under the 4.5:1 WCAG AA asks for text (mutedText on stage 2\'s header)',
    );
    // The yellow opportunity carries dark text well: no warning for it.
    expect(result.warnings!.some((w) => w.message.includes('opportunity'))).toBe(false);
    expect(result.source?.path).toBe(name);
  });

  it("gives no warning for the docs' example theme: its amber accent gets dark text", async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'jm-contrast-')));
    writeFileSync(
      join(dir, 'brand.yaml'),
      'extends: default\ncolors: { headerBackground: "#0b3d2e", accent: "#f2a900" }\nfontSizes: { body: 12 }\npersonaPalette: ["#0072b2", "#d55e00"]\n',
    );
    const result = await resolveTheme('brand.yaml', dir, dir);
    expect(result.theme?.colors.accent).toBe('#f2a900');
    expect(result.warnings).toBeUndefined();
  });

  it('blames the text key when the file sets only the text colour, and names colours given by name', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'jm-contrast-')));
    writeFileSync(join(dir, 't.yaml'), 'colors:\n  mutedText: silver\n');
    const result = await resolveTheme('t.yaml', dir, dir);
    expect(result.warnings?.map(where)).toEqual(['low-contrast t.yaml:2:14']);
    // One warning for the key, about its worst place: silver on the lilac of stage 4.
    expect(result.warnings?.[0]?.message).toBe(
      'colors.mutedText: text "silver" on "#f3e8fb" reaches 1.5:1, under the 4.5:1 WCAG AA asks for text (mutedText on stage 4\'s header)',
    );
  });
});
