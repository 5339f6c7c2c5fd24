import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/themes.js';
import { resolveTheme } from './resolve-theme.js';

const dir = mkdtempSync(join(tmpdir(), 'jm-theme-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('resolveTheme', () => {
  it('gives the default theme without a name, and built-ins by name', async () => {
    expect((await resolveTheme(undefined, dir)).theme).toBe(defaultTheme);
    expect((await resolveTheme('default', dir)).theme).toBe(defaultTheme);
  });

  it('suggests a built-in name for a typo', async () => {
    const result = await resolveTheme('defualt', dir);
    expect(result.theme).toBeUndefined();
    expect(result.error).toContain('did you mean "default"');
  });

  it('overrides only the given values from a theme file', async () => {
    const name = file('brand.yaml', 'name: brand\ncolors: { accent: "#ff0000" }\nfontSizes: { body: 12 }\n');
    const { theme } = await resolveTheme(name, dir);
    expect(theme?.name).toBe('brand');
    expect(theme?.colors.accent).toBe('#ff0000');
    expect(theme?.colors.text).toBe(defaultTheme.colors.text);
    expect(theme?.fontSizes.body).toBe(12);
    expect(theme?.personaPalette).toEqual(defaultTheme.personaPalette);
  });

  it('refuses unknown keys, wrong types, and missing files with a message', async () => {
    expect((await resolveTheme(file('a.yaml', 'colors: { acent: red }\n'), dir)).error).toContain('did you mean "accent"');
    expect((await resolveTheme(file('b.yaml', 'fontSizes: { body: big }\n'), dir)).error).toContain('fontSizes.body');
    expect((await resolveTheme(file('c.yaml', 'colours: {}\n'), dir)).error).toContain('unknown key "colours"');
    expect((await resolveTheme('missing.yaml', dir)).error).toContain('cannot read theme file');
  });

  it('refuses values that are not colours, naming the key', async () => {
    const bad = await resolveTheme(file('d.yaml', 'colors: { accent: "not-a-colour" }\n'), dir);
    expect(bad.error).toContain('"colors.accent" is "not-a-colour", not a colour');
    const palette = await resolveTheme(file('e.yaml', 'personaPalette: ["#123456", "url(x)"]\n'), dir);
    expect(palette.error).toContain('"personaPalette[1]"');
    expect((await resolveTheme(file('f.yaml', 'colors: { accent: teal, text: "#abc" }\n'), dir)).theme?.colors.accent).toBe('teal');
  });
});
