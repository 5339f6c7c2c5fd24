import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/themes.js';
import { resolveTheme } from './resolve-theme.js';

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'jm-theme-')));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('resolveTheme', () => {
  it('gives the default theme without a name, and built-ins by name', async () => {
    expect((await resolveTheme(undefined, dir, dir)).theme).toBe(defaultTheme);
    expect((await resolveTheme('default', dir, dir)).theme).toBe(defaultTheme);
  });

  it('suggests a built-in name for a typo', async () => {
    const result = await resolveTheme('defualt', dir, dir);
    expect(result.theme).toBeUndefined();
    expect(result.error).toContain('did you mean "default"');
  });

  it('overrides only the given values from a theme file', async () => {
    const name = file('brand.yaml', 'name: brand\ncolors: { accent: "#ff0000" }\nfontSizes: { body: 12 }\n');
    const { theme } = await resolveTheme(name, dir, dir);
    expect(theme?.name).toBe('brand');
    expect(theme?.colors.accent).toBe('#ff0000');
    expect(theme?.colors.text).toBe(defaultTheme.colors.text);
    expect(theme?.fontSizes.body).toBe(12);
    expect(theme?.personaPalette).toEqual(defaultTheme.personaPalette);
  });

  it('refuses unknown keys, wrong types, and missing files with a message', async () => {
    expect((await resolveTheme(file('a.yaml', 'colors: { acent: red }\n'), dir, dir)).error).toContain('did you mean "accent"');
    expect((await resolveTheme(file('b.yaml', 'fontSizes: { body: big }\n'), dir, dir)).error).toContain('fontSizes.body');
    expect((await resolveTheme(file('c.yaml', 'colours: {}\n'), dir, dir)).error).toContain('unknown key "colours"');
    expect((await resolveTheme('missing.yaml', dir, dir)).error).toContain('cannot read theme file');
  });

  it('refuses values that are not colours, naming the key', async () => {
    const bad = await resolveTheme(file('d.yaml', 'colors: { accent: "not-a-colour" }\n'), dir, dir);
    expect(bad.error).toContain('"colors.accent" is "not-a-colour", not a colour');
    const palette = await resolveTheme(file('e.yaml', 'personaPalette: ["#123456", "url(x)"]\n'), dir, dir);
    expect(palette.error).toContain('"personaPalette[1]"');
    expect((await resolveTheme(file('f.yaml', 'colors: { accent: teal, text: "#abc" }\n'), dir, dir)).theme?.colors.accent).toBe('teal');
  });

  describe('logo and brand', () => {
    // root/themes/*.yaml name logos relative to themselves; outside.png lies beside the root.
    const root = join(dir, 'project');
    // Real 1×1 pictures: the header's pixel size is read before a logo is accepted.
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const JPEG = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==', 'base64');
    mkdirSync(join(root, 'themes'), { recursive: true });
    mkdirSync(join(root, 'img'), { recursive: true });
    writeFileSync(join(root, 'img/logo.png'), PNG);
    writeFileSync(join(root, 'img/logo.jpg'), JPEG);
    writeFileSync(join(root, 'img/logo.svg'), '<?xml version="1.0"?>\n<!-- mark -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"/>');
    writeFileSync(join(root, 'img/fake.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(root, 'img/notes.txt'), 'hello');
    writeFileSync(join(dir, 'outside.png'), PNG);
    symlinkSync(join(dir, 'outside.png'), join(root, 'img/link.png'));
    const theme = (name: string, text: string): ReturnType<typeof resolveTheme> => {
      writeFileSync(join(root, 'themes', name), text);
      return resolveTheme(`themes/${name}`, root, root);
    };

    it('keys a good logo by its root-relative path and keeps the brand text', async () => {
      const { theme: t, error } = await theme('good.yaml', 'logo: ../img/logo.png\nbrand: "  ACME Consulting "\ncolors: { accent: "#f2a900" }\n');
      expect(error).toBeUndefined();
      expect(t?.logo).toBe('img/logo.png');
      expect(t?.brand).toBe('ACME Consulting');
      expect(t?.colors.accent).toBe('#f2a900');
      expect((await theme('jpg.yaml', 'logo: ../img/logo.jpg\n')).theme?.logo).toBe('img/logo.jpg');
      expect((await theme('svg.yaml', 'logo: ../img/logo.svg\n')).theme?.logo).toBe('img/logo.svg');
      const plain = (await theme('plain.yaml', 'colors: { accent: teal }\n')).theme;
      expect(plain && 'logo' in plain).toBe(false);
      expect(plain && 'brand' in plain).toBe(false);
    });

    it('refuses a missing logo, naming the theme file and the key', async () => {
      const { error } = await theme('missing.yaml', 'logo: ../img/nope.png\n');
      expect(error).toContain(join(root, 'themes/missing.yaml'));
      expect(error).toContain('"logo"');
      expect(error).toContain('not found');
    });

    it('refuses a logo outside the project root, by path or through a symlink', async () => {
      expect((await theme('escape.yaml', 'logo: ../../outside.png\n')).error).toMatch(/"logo" "\.\.\/\.\.\/outside\.png" is outside the project root/);
      expect((await theme('abs.yaml', `logo: ${join(dir, 'outside.png')}\n`)).error).toContain('outside the project root');
      expect((await theme('link.yaml', 'logo: ../img/link.png\n')).error).toContain('leads (through a symbolic link) outside the project root');
    });

    it('refuses the wrong type, by extension and by content', async () => {
      expect((await theme('txt.yaml', 'logo: ../img/notes.txt\n')).error).toContain('must be a .png, .jpg, .jpeg or .svg file');
      expect((await theme('fake.yaml', 'logo: ../img/fake.png\n')).error).toContain('it holds svg data, but its name says png');
      expect((await theme('folder.yaml', 'logo: ../img\n')).error).toContain('must be a .png');
      expect((await theme('number.yaml', 'logo: 12\n')).error).toContain('"logo" must be the path');
    });

    it('refuses brand text that is not text', async () => {
      expect((await theme('b1.yaml', 'brand: [a]\n')).error).toContain('"brand" must be a non-empty text');
      expect((await theme('b2.yaml', 'brand: "  "\n')).error).toContain('"brand"');
      expect((await theme('b3.yaml', 'brand: Solo\n')).theme?.brand).toBe('Solo');
    });
  });
});
