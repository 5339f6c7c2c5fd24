// low-contrast warnings for a theme file: each colour it sets that text cannot reach WCAG AA on,
// at that colour's line and column (theme/theme-contrast.ts decides which places fall short).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedFile } from '../source/parse-source.js';
import { AA_TEXT, contrastRatio, LIGHT_TEXT } from '../theme/contrast.js';
import type { Theme } from '../theme/theme.js';
import { contrastProblems } from '../theme/theme-contrast.js';

const ratio = (n: number): string => `${(Math.floor(n * 10) / 10).toFixed(1)}:1`;

/** Whether the file's data has a value at `key`. */
function has(value: unknown, key: readonly (string | number)[]): boolean {
  let at: unknown = value;
  for (const part of key) {
    if (typeof at !== 'object' || at === null || !(part in at)) return false;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at !== undefined;
}

export function lowContrastWarnings(theme: Theme, file: ParsedFile): Diagnostic[] {
  return contrastProblems(theme, (key) => has(file.value, key)).map((p) => {
    const name = p.key.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
    const chosen = p.key[1] === 'accent' || p.key[1] === 'opportunity' || (p.key[1] === 'headerText' && p.what.startsWith('tag'));
    const message = chosen
      ? `${name} "${p.fill}": neither white (${ratio(contrastRatio(LIGHT_TEXT, p.fill))}) nor the theme's text colour "${theme.colors.text}" (${ratio(contrastRatio(theme.colors.text, p.fill))}) reaches the ${AA_TEXT}:1 WCAG AA asks for text (${p.what})`
      : `${name}: text "${p.text}" on "${p.fill}" reaches ${ratio(p.ratio)}, under the ${AA_TEXT}:1 WCAG AA asks for text (${p.what})`;
    return {
      code: 'low-contrast',
      severity: 'warning',
      message,
      span: file.locate(p.key),
      hint: chosen
        ? 'pick a darker colour (for white text) or a lighter one (for dark text)'
        : 'darken the text or lighten the fill (or the other way round) until the pair reaches 4.5:1',
    } satisfies Diagnostic;
  });
}
