// --theme / config `theme`: a built-in theme name, or a YAML/JSON theme file whose `colors`,
// `fontSizes` and `personaPalette` override the theme it `extends` (default: "default"), and
// which may add a brand `logo` (checked by theme-logo.ts) and `brand` text.
// Problems are returned as messages for the CLI to report as usage errors.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { COLOR_PATTERN } from '../schema/primitives.js';
import type { Theme } from '../theme/theme.js';
import { builtinThemes, defaultTheme } from '../theme/themes.js';
import { checkLogo } from './theme-logo.js';

export type ThemeResult = { theme: Theme; error?: undefined } | { theme?: undefined; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mergeSection<T extends object>(
  base: T,
  override: unknown,
  section: string,
  valueType: 'string' | 'number',
): T | string {
  if (override === undefined) return base;
  if (!isRecord(override)) return `"${section}" must be a mapping`;
  const known = Object.keys(base);
  for (const [key, value] of Object.entries(override)) {
    if (!known.includes(key)) {
      const suggestion = didYouMean(key, known);
      return `unknown key "${section}.${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
    }
    const expected = Array.isArray((base as Record<string, unknown>)[key]) ? 'list' : valueType;
    const ok = expected === 'list' ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === expected;
    if (!ok) return `"${section}.${key}" must be a ${expected === 'list' ? 'list of strings' : expected}`;
  }
  return { ...base, ...override } as T;
}

/** The first value of a theme that renderers could not draw as a colour, described. */
function firstNonColour(colors: Theme['colors'], palette: readonly string[]): string | undefined {
  const values: [string, string][] = [
    ...Object.entries(colors).flatMap(([key, value]): [string, string][] =>
      Array.isArray(value) ? value.map((c, i): [string, string] => [`colors.${key}[${i}]`, c]) : [[`colors.${key}`, String(value)]],
    ),
    ...palette.map((c, i): [string, string] => [`personaPalette[${i}]`, c]),
  ];
  const bad = values.find(([, value]) => !COLOR_PATTERN.test(value));
  return bad && `"${bad[0]}" is ${JSON.stringify(bad[1])}, not a colour: use #rgb, #rrggbb or a lower-case CSS colour name`;
}

/** `root` is the project root: a logo must lie inside it (the AssetStore reads only there). */
export async function themeFromFile(path: string, root: string): Promise<ThemeResult> {
  let data: unknown;
  try {
    const { parse } = await import('yaml');
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { error: `cannot read theme file ${path}: ${(error as Error).message.split('\n')[0]}` };
  }
  if (!isRecord(data)) return { error: `theme file ${path} must hold a mapping` };
  const allowed = ['name', 'extends', 'colors', 'fontSizes', 'personaPalette', 'logo', 'brand'];
  const unknown = Object.keys(data).find((key) => !allowed.includes(key));
  if (unknown) return { error: `theme file ${path}: unknown key "${unknown}" (expected ${allowed.join(', ')})` };
  const baseName = data.extends ?? 'default';
  const base = typeof baseName === 'string' ? builtinThemes[baseName] : undefined;
  if (!base) return { error: `theme file ${path}: "extends" must name a built-in theme (${Object.keys(builtinThemes).join(', ')})` };
  const colors = mergeSection(base.colors, data.colors, 'colors', 'string');
  const fontSizes = mergeSection(base.fontSizes, data.fontSizes, 'fontSizes', 'number');
  const palette = data.personaPalette ?? base.personaPalette;
  for (const merged of [colors, fontSizes]) if (typeof merged === 'string') return { error: `theme file ${path}: ${merged}` };
  if (!Array.isArray(palette) || palette.length === 0 || !palette.every((c) => typeof c === 'string')) {
    return { error: `theme file ${path}: "personaPalette" must be a non-empty list of colours` };
  }
  const notColour = firstNonColour(colors as Theme['colors'], palette as string[]);
  if (notColour) return { error: `theme file ${path}: ${notColour}` };
  if (data.brand !== undefined && (typeof data.brand !== 'string' || data.brand.trim() === '')) {
    return { error: `theme file ${path}: "brand" must be a non-empty text` };
  }
  const logo = data.logo === undefined ? undefined : checkLogo(data.logo, path, root);
  if (logo?.error !== undefined) return { error: logo.error };
  return {
    theme: {
      name: typeof data.name === 'string' ? data.name : base.name,
      colors: colors as Theme['colors'],
      fontSizes: fontSizes as Theme['fontSizes'],
      personaPalette: palette as string[],
      ...(logo ? { logo: logo.key } : {}),
      ...(typeof data.brand === 'string' ? { brand: data.brand.trim() } : {}),
    },
  };
}

/**
 * A built-in name wins over a file of the same name; `fromDir` resolves relative file paths;
 * `root` is the project root a theme file's logo must lie in.
 */
export async function resolveTheme(nameOrFile: string | undefined, fromDir: string, root: string): Promise<ThemeResult> {
  if (nameOrFile === undefined) return { theme: defaultTheme };
  const builtin = builtinThemes[nameOrFile];
  if (builtin) return { theme: builtin };
  if (/\.(ya?ml|json)$/i.test(nameOrFile)) return themeFromFile(resolve(fromDir, nameOrFile), root);
  const names = Object.keys(builtinThemes);
  const suggestion = didYouMean(nameOrFile, names);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
  return { error: `unknown theme "${nameOrFile}" (built-in themes: ${names.join(', ')}; or a .yaml/.json theme file)${hint}` };
}
