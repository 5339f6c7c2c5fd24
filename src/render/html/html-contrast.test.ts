// The HTML page's own chrome (title, toolbar button, badges, chips, links) reads at WCAG AA in any
// theme: theme colours used as words fall back to the text colour, text on them is white or dark.
import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio } from '../../theme/contrast.js';
import type { Theme } from '../../theme/theme.js';
import { defaultTheme, printTheme } from '../../theme/themes.js';
import { pageStyles } from './html-styles.js';

const fonts = { faces: [] };

function rootVars(theme: Theme): Record<string, string> {
  const root = /:root\{([^}]*)\}/.exec(pageStyles(theme, fonts))?.[1] ?? '';
  return Object.fromEntries(root.split(';').map((d) => d.split(':') as [string, string]));
}

/** Each ink variable and the light fill the stylesheet writes it on. */
const INKS: readonly [string, string][] = [
  ['--jmp-header-ink', '#ffffff'],
  ['--jmp-header-ink-soft', '#e8eefc'],
  ['--jmp-accent-ink', '#e8eefc'],
  ['--jmp-critical-ink', '#fff4e6'],
  ['--jmp-met-ink', '#ebfbee'],
  ['--jmp-pain-ink', '#ffffff'],
  ['--jmp-missed-ink', '#ffffff'],
];

describe('HTML page colours', () => {
  it('keep the default theme as drawn: the header colour for the title, white on the dark button', () => {
    const vars = rootVars(defaultTheme);
    expect(vars['--jmp-header-ink']).toBe('#1f2a44');
    expect(vars['--jmp-accent-ink']).toBe('#3b5bdb');
    expect(vars['--jmp-on-header']).toBe('#ffffff');
    expect(vars['--jmp-on-accent']).toBe('#ffffff');
  });

  it('print theme (white header band): the title and the primary button are dark text, not white on white', () => {
    const vars = rootVars(printTheme);
    expect(vars['--jmp-header']).toBe('#ffffff');
    expect(vars['--jmp-header-ink']).toBe(printTheme.colors.text);
    expect(vars['--jmp-on-header']).toBe(printTheme.colors.text);
    expect(pageStyles(printTheme, fonts)).toContain(
      '.jmp-controls .jmp-primary{background:var(--jmp-header);border-color:var(--jmp-header);color:var(--jmp-on-header);',
    );
  });

  it("the docs' amber accent: dark words on the badge and on the hovered button", () => {
    const theme: Theme = { ...defaultTheme, colors: { ...defaultTheme.colors, accent: '#f2a900' } };
    const vars = rootVars(theme);
    expect(vars['--jmp-accent-ink']).toBe(defaultTheme.colors.text);
    expect(vars['--jmp-on-accent']).toBe(defaultTheme.colors.text);
  });

  it('every ink reaches AA on its fill in the built-in themes', () => {
    for (const theme of [defaultTheme, printTheme]) {
      const vars = rootVars(theme);
      for (const [name, fill] of INKS) expect(contrastRatio(vars[name]!, fill), `${theme.name} ${name}`).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });
});
