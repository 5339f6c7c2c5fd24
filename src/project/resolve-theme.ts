// --theme / config `theme:`: a built-in theme name, or a YAML/JSON theme file whose `colors`,
// `fontSizes` and `personaPalette` override the theme it `extends` (default: "default"), and
// which may add a brand `logo` (checked by theme-logo.ts) and `brand` text. A theme file is read
// and checked like a journey (read-project-file.ts, source/ parser, zod schema, zod-issues
// mapper): every problem at once, each at its line and column. An unknown name, a missing file
// or a path that is not a regular file is a usage error (`error`).
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { SourceFile } from '../source/source-file.js';
import type { Theme } from '../theme/theme.js';
import { builtinThemes, defaultTheme } from '../theme/themes.js';
import { readProjectFile } from './read-project-file.js';
import { realRootOf, toRootRelative } from './root-paths.js';
import { lowContrastWarnings } from './theme-contrast-warnings.js';
import { checkLogo, LOGO_ESCAPES } from './theme-logo.js';

export type ThemeResult =
  /** `warnings`: theme colours text cannot reach WCAG AA on (low-contrast), with `source` for code frames. */
  | { theme: Theme; error?: undefined; diagnostics?: undefined; source?: SourceFile; warnings?: Diagnostic[] }
  | { theme?: undefined; error: string; diagnostics?: undefined; source?: undefined; warnings?: undefined }
  /** The theme file's problems; `source` for code frames when it was read. */
  | { theme?: undefined; error?: undefined; diagnostics: Diagnostic[]; source?: SourceFile; warnings?: undefined };

/** For problems the schema mapper leaves without a hint: by the section they are in. */
const SECTION_HINTS: readonly (readonly [string, string])[] = [
  [
    'fontSizes',
    `font sizes are CSS pixels from 6 to 96; the default theme uses ${defaultTheme.fontSizes.small} (small) to ${defaultTheme.fontSizes.title} (title)`,
  ],
  ['colors', 'colours are #rgb, #rrggbb or a lower-case CSS colour name'],
  ['personaPalette', 'a list of colours: #rgb, #rrggbb or lower-case CSS colour names'],
];
const THEME_HINT = 'see "Theme files" in docs/cli.md for the keys a theme file takes';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ThemeFileOptions {
  /** The file was named by the config: its real path must lie inside the project root. */
  readonly confined?: boolean;
}

/** `path` is absolute; `root` is the project root a logo (and a config-named theme file) must lie in. */
export async function themeFromFile(path: string, root: string, options: ThemeFileOptions = {}): Promise<ThemeResult> {
  const read = readProjectFile(path, toRootRelative(root, path), 'theme file', options.confined ? realRootOf(root) : undefined);
  if (read.error !== undefined) return { error: read.error };
  const source = read.source;
  if (!source) return { diagnostics: read.diagnostics };
  const [{ parseSource }, { validateWithSchema }, { themeFileSchema }, { imageDiagnostic }] = await Promise.all([
    import('../source/parse-source.js'),
    import('../model/validate.js'),
    import('../schema/theme-file.js'),
    import('../model/image-diagnostic.js'),
  ]);
  const parsed = parseSource(source);
  if (!parsed.parsed || hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics, source };
  const names = Object.keys(builtinThemes) as [string, ...string[]];
  const validated = validateWithSchema(parsed.parsed, themeFileSchema(names));
  const file = parsed.parsed;
  const hintFor = (d: Diagnostic): string => {
    const offset = d.span?.start.offset ?? -1;
    const section = SECTION_HINTS.find(([key]) => {
      const span = isRecord(file.value) && key in file.value ? file.locate([key]) : undefined;
      return span !== undefined && offset >= span.start.offset && offset <= span.end.offset;
    });
    return section?.[1] ?? THEME_HINT;
  };
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics].map((d) => (d.hint ? d : { ...d, hint: hintFor(d) }));
  // The logo is checked even when other keys have problems, so one run reports them all.
  const logo = isRecord(parsed.parsed.value) && typeof parsed.parsed.value.logo === 'string' ? parsed.parsed.value.logo : undefined;
  // (A logo without a png/jpg/svg name is the schema's invalid-value already.)
  const logoCheck = logo !== undefined && /\.(png|jpe?g|svg)$/i.test(logo) ? checkLogo(logo, path, root) : undefined;
  if (logo !== undefined && logoCheck?.check.problem) {
    const span = parsed.parsed.locate(['logo']);
    diagnostics.push(
      logoCheck.check.detail === LOGO_ESCAPES
        ? {
            code: 'path-outside-root',
            severity: 'error',
            message: `logo "${logo}" leads outside the project root`,
            span,
            hint: 'put the logo inside the project; its path is relative to the theme file',
          }
        : imageDiagnostic(logo, logoCheck.check, span, 'logo'),
    );
  }
  const data = validated.value;
  if (!data || hasErrors(diagnostics)) return { diagnostics, source };
  const base = builtinThemes[data.extends ?? 'default'] ?? defaultTheme;
  const colors = Object.fromEntries(Object.entries(data.colors ?? {}).filter(([, v]) => v !== undefined));
  const fontSizes = Object.fromEntries(Object.entries(data.fontSizes ?? {}).filter(([, v]) => v !== undefined));
  const theme: Theme = {
    name: data.name ?? base.name,
    colors: { ...base.colors, ...colors } as Theme['colors'],
    fontSizes: { ...base.fontSizes, ...fontSizes } as Theme['fontSizes'],
    personaPalette: data.personaPalette ?? base.personaPalette,
    ...(logoCheck ? { logo: logoCheck.key } : {}),
    ...(data.brand !== undefined ? { brand: data.brand.trim() } : {}),
  };
  const warnings = lowContrastWarnings(theme, parsed.parsed);
  return warnings.length > 0 ? { theme, source, warnings } : { theme };
}

/**
 * A built-in name wins over a file of the same name; `fromDir` resolves relative file paths;
 * `root` is the project root a theme file's logo must lie in.
 */
export async function resolveTheme(
  nameOrFile: string | undefined,
  fromDir: string,
  root: string,
  options: ThemeFileOptions = {},
): Promise<ThemeResult> {
  if (nameOrFile === undefined) return { theme: defaultTheme };
  const builtin = builtinThemes[nameOrFile];
  if (builtin) return { theme: builtin };
  if (/\.(ya?ml|json)$/i.test(nameOrFile)) return themeFromFile(resolve(fromDir, nameOrFile), root, options);
  const names = Object.keys(builtinThemes);
  const suggestion = didYouMean(nameOrFile, names);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
  return { error: `unknown theme "${nameOrFile}" (built-in themes: ${names.join(', ')}; or a .yaml/.json theme file)${hint}` };
}
