import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { THEME_COLOR_KEYS, THEME_FONT_SIZE_KEYS } from '../schema/theme-file.js';
import { builtinThemes, defaultTheme } from '../theme/themes.js';
import { resolveTheme } from './resolve-theme.js';

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'jm-theme-')));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
/** Each diagnostic as `code file:line:col`, the way the fixtures list them. */
const where = (diagnostics: readonly Diagnostic[] | undefined): string[] =>
  (diagnostics ?? []).map((d) => (d.span ? `${d.code} ${d.span.file}:${d.span.start.line}:${d.span.start.column}` : `${d.code} ${d.file}`));

describe('resolveTheme', () => {
  it('gives the default theme without a name, and built-ins by name', async () => {
    expect((await resolveTheme(undefined, dir, dir)).theme).toBe(defaultTheme);
    expect((await resolveTheme('default', dir, dir)).theme).toBe(defaultTheme);
  });

  it('lets a theme file set exactly the keys a built-in theme has', () => {
    for (const theme of Object.values(builtinThemes)) {
      expect([...THEME_COLOR_KEYS, 'stageBackgrounds'].sort()).toEqual(Object.keys(theme.colors).sort());
      expect([...THEME_FONT_SIZE_KEYS].sort()).toEqual(Object.keys(theme.fontSizes).sort());
    }
  });

  it('suggests a built-in name for a typo', async () => {
    const result = await resolveTheme('defualt', dir, dir);
    expect(result.theme).toBeUndefined();
    expect(result.error).toContain('did you mean "default"');
  });

  it('overrides only the given values from a theme file (YAML or JSON)', async () => {
    const name = file('brand.yaml', 'name: brand\ncolors: { accent: "#ff0000" }\nfontSizes: { body: 12 }\n');
    const { theme } = await resolveTheme(name, dir, dir);
    expect(theme?.name).toBe('brand');
    expect(theme?.colors.accent).toBe('#ff0000');
    expect(theme?.colors.text).toBe(defaultTheme.colors.text);
    expect(theme?.fontSizes).toEqual({ ...defaultTheme.fontSizes, body: 12 });
    expect(theme?.personaPalette).toEqual(defaultTheme.personaPalette);
    const json = await resolveTheme(file('brand.json', '{ "extends": "print", "personaPalette": ["#123456"] }'), dir, dir);
    expect(json.theme?.colors.headerBackground).toBe('#ffffff');
    expect(json.theme?.personaPalette).toEqual(['#123456']);
  });

  it('reports every problem of a theme file at once, each at its line and column with a hint', async () => {
    const text = [
      'extends: defualt', // 1
      'colors:', // 2
      '  acent: red', // 3
      '  text: not-a-colour', // 4
      'fontSizes:', // 5
      '  body: -3', // 6
      '  title: .nan', // 7
      '  small: big', // 8
      'personaPalette: ["#123456", "url(x)"]', // 9
      'colours: {}', // 10
    ].join('\n');
    const result = await resolveTheme(file('all.yaml', `${text}\n`), dir, dir);
    expect(result.theme).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(result.source?.path).toBe('all.yaml');
    expect(where(result.diagnostics).sort()).toEqual(
      [
        'invalid-value all.yaml:1:10',
        'unknown-key all.yaml:3:3',
        'invalid-color all.yaml:4:9',
        'invalid-value all.yaml:6:9',
        'invalid-number all.yaml:7:10',
        'invalid-type all.yaml:8:10',
        'invalid-color all.yaml:9:29',
        'unknown-key all.yaml:10:1',
      ].sort(),
    );
    for (const d of result.diagnostics ?? []) expect(d.hint, d.message).toBeTruthy();
    const byCode = (code: string) => result.diagnostics?.filter((d) => d.code === code).map((d) => d.hint);
    expect(byCode('unknown-key')).toContain('did you mean "accent"?');
    expect(result.diagnostics?.find((d) => d.span?.start.line === 1)?.hint).toContain('did you mean "default"?');
    expect(result.diagnostics?.find((d) => d.span?.start.line === 6)?.message).toBe('body must be at least 6, received the number -3');
    expect(result.diagnostics?.find((d) => d.span?.start.line === 6)?.hint).toBe(
      'font sizes are CSS pixels from 6 to 96; the default theme uses 9.5 (small) to 26 (title)',
    );
  });

  it('refuses absurd font sizes both ways, and an empty brand', async () => {
    const big = await resolveTheme(file('big.yaml', 'fontSizes: { title: 5000, small: 0 }\nbrand: "  "\n'), dir, dir);
    expect(where(big.diagnostics)).toEqual(['invalid-value big.yaml:1:21', 'invalid-value big.yaml:1:34', 'invalid-value big.yaml:2:8']);
  });

  it('says in a sentence when the file is missing or not a regular file, without reading it', async () => {
    expect((await resolveTheme('missing.yaml', dir, dir)).error).toBe(
      `theme file missing.yaml does not exist (looked for ${join(dir, 'missing.yaml')})`,
    );
    mkdirSync(join(dir, 'folder.yaml'));
    expect((await resolveTheme('folder.yaml', dir, dir)).error).toBe('theme file folder.yaml is a folder, not a file');
    // A FIFO: reading it would block until a writer came (forever, in CI).
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    expect((await resolveTheme('fifo.yaml', dir, dir)).error).toBe('theme file fifo.yaml is a named pipe (FIFO), not a file');
  });

  it('refuses a theme file over 1 MiB before reading it, and binary bytes', async () => {
    const huge = await resolveTheme(file('huge.yaml', `# ${'x'.repeat(1024 * 1024)}\n`), dir, dir);
    expect(where(huge.diagnostics)).toEqual(['file-too-large huge.yaml']);
    expect(where((await resolveTheme(file('bin.yaml', 'a: \u0000\n'), dir, dir)).diagnostics)).toEqual(['file-not-utf8 bin.yaml']);
  });

  it('reads a theme file the config names only inside the root, symlinks resolved', async () => {
    const root = join(dir, 'confined');
    mkdirSync(root);
    writeFileSync(join(dir, 'secret.yaml'), 'token: s3cret\n');
    symlinkSync(join(dir, 'secret.yaml'), join(root, 'theme.yaml'));
    const fromConfig = await resolveTheme('theme.yaml', root, root, { confined: true });
    expect(where(fromConfig.diagnostics)).toEqual(['path-outside-root theme.yaml']);
    expect(fromConfig.source).toBeUndefined();
    // --theme names it explicitly: read (it is the user's own choice), and checked.
    expect(where((await resolveTheme('theme.yaml', root, root)).diagnostics)).toEqual(['unknown-key theme.yaml:1:1']);
  });

  describe('logo and brand', () => {
    // root/themes/*.yaml name logos relative to themselves; outside.png lies beside the root.
    const root = join(dir, 'project');
    // Real 1×1 pictures: the header's pixel size is read before a logo is accepted.
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const JPEG = Buffer.from(
      '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
      'base64',
    );
    mkdirSync(join(root, 'themes'), { recursive: true });
    mkdirSync(join(root, 'img'), { recursive: true });
    writeFileSync(join(root, 'img/logo.png'), PNG);
    writeFileSync(join(root, 'img/logo.jpg'), JPEG);
    writeFileSync(
      join(root, 'img/logo.svg'),
      '<?xml version="1.0"?>\n<!-- mark -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"/>',
    );
    writeFileSync(join(root, 'img/fake.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(root, 'img/broken.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>');
    writeFileSync(join(root, 'img/notes.txt'), 'hello');
    writeFileSync(join(dir, 'outside.png'), PNG);
    symlinkSync(join(dir, 'outside.png'), join(root, 'img/link.png'));
    const theme = (name: string, text: string): ReturnType<typeof resolveTheme> => {
      writeFileSync(join(root, 'themes', name), text);
      return resolveTheme(`themes/${name}`, root, root);
    };
    const one = async (name: string, text: string): Promise<Diagnostic> => {
      const { diagnostics } = await theme(name, text);
      expect(diagnostics).toHaveLength(1);
      return diagnostics![0]!;
    };

    it('keys a good logo by its root-relative path and keeps the brand text', async () => {
      const { theme: t, diagnostics } = await theme(
        'good.yaml',
        'logo: ../img/logo.png\nbrand: "  ACME Consulting "\ncolors: { accent: "#f2a900" }\n',
      );
      expect(diagnostics).toBeUndefined();
      expect(t?.logo).toBe('img/logo.png');
      expect(t?.brand).toBe('ACME Consulting');
      expect(t?.colors.accent).toBe('#f2a900');
      expect((await theme('jpg.yaml', 'logo: ../img/logo.jpg\n')).theme?.logo).toBe('img/logo.jpg');
      expect((await theme('svg.yaml', 'logo: ../img/logo.svg\n')).theme?.logo).toBe('img/logo.svg');
      const plain = (await theme('plain.yaml', 'colors: { accent: teal }\n')).theme;
      expect(plain && 'logo' in plain).toBe(false);
      expect(plain && 'brand' in plain).toBe(false);
    });

    it('reports a missing logo at the logo value', async () => {
      const d = await one('missing.yaml', 'brand: X\nlogo: ../img/nope.png\n');
      expect(where([d])).toEqual(['image-not-found themes/missing.yaml:2:7']);
      expect(d.message).toBe('logo "../img/nope.png" does not exist');
    });

    it('refuses a logo outside the project root, by path or through a symlink', async () => {
      const escape = await one('escape.yaml', 'logo: ../../outside.png\n');
      expect([escape.code, escape.message]).toEqual(['path-outside-root', 'logo "../../outside.png" leads outside the project root']);
      expect((await one('abs.yaml', `logo: ${join(dir, 'outside.png')}\n`)).code).toBe('path-outside-root');
      const link = await one('link.yaml', 'logo: ../img/link.png\n');
      expect([link.code, link.message]).toEqual([
        'path-outside-root',
        'logo "../img/link.png" is a symbolic link leading outside the project root',
      ]);
    });

    it('refuses the wrong type, by extension and by content, and an SVG that does not parse', async () => {
      expect(where([await one('txt.yaml', 'logo: ../img/notes.txt\n')])).toEqual(['invalid-value themes/txt.yaml:1:7']);
      const fake = await one('fake.yaml', 'logo: ../img/fake.png\n');
      expect([fake.code, fake.message]).toEqual([
        'invalid-image',
        'logo "../img/fake.png" cannot be used: it holds svg data, but its name says png',
      ]);
      expect((await one('broken.yaml', 'logo: ../img/broken.svg\n')).code).toBe('invalid-image');
      expect(where([await one('number.yaml', 'logo: 12\n')])).toEqual(['invalid-type themes/number.yaml:1:7']);
    });

    it('reports a bad logo together with the other problems', async () => {
      const { diagnostics } = await theme('both.yaml', 'fontSizes: { body: -1 }\nlogo: ../img/nope.png\n');
      expect(where(diagnostics)).toEqual(['invalid-value themes/both.yaml:1:20', 'image-not-found themes/both.yaml:2:7']);
    });

    it('refuses brand text that is not text', async () => {
      expect((await one('b1.yaml', 'brand: [a]\n')).code).toBe('invalid-type');
      expect((await one('b2.yaml', 'brand: "  "\n')).code).toBe('invalid-value');
      expect((await theme('b3.yaml', 'brand: Solo\n')).theme?.brand).toBe('Solo');
    });
  });
});
