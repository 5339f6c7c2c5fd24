// Every built-in theme must read well: WCAG 2 contrast of at least 4.5:1 for the text pairs the
// layout uses, 3:1 for the persona curves and KPI/pain/opportunity marks against the page.
import { describe, expect, it } from 'vitest';
import type { Theme } from './theme.js';
import { builtinThemes } from './themes.js';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function textPairs(theme: Theme): [string, string, string][] {
  const c = theme.colors;
  return [
    ['text on background', c.text, c.background],
    ['muted text on background', c.mutedText, c.background],
    ['header text', c.headerText, c.headerBackground],
    ['header muted text', c.headerMutedText ?? c.headerText, c.headerBackground],
    ['lane titles', c.laneTitleText, c.laneTitleBackground],
    ['card text', c.text, c.cardBackground],
    // Words drawn in these colours on the page: longest wait, risky handoff (pain); detail-map badge (accent).
    ['risk words', c.pain, c.background],
    ['detail-map badge', c.accent, c.background],
    // As-is vs to-be and KPI data: the NEW tag is text on the page (outlined in the opportunity
    // colour, a 3:1 mark); the removed list and a KPI's "as of" are muted text on stage tints and cards.
    ['NEW tag', c.text, c.background],
    ['KPI "as of" on a card', c.mutedText, c.cardBackground],
    ...c.stageBackgrounds.map((bg, i): [string, string, string] => [`stage ${i + 1} removed list`, c.mutedText, bg]),
    ...c.stageBackgrounds.map((bg, i): [string, string, string] => [`stage ${i + 1} text`, c.stageText, bg]),
  ];
}

describe.each(Object.values(builtinThemes))('the $name theme', (theme) => {
  it('uses #rrggbb colours only, so contrast can be checked and renderers agree', () => {
    const colours = [...Object.values(theme.colors).flat(), ...theme.personaPalette];
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(textPairs(theme))('%s has contrast of at least 4.5:1', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws curves and marks at 3:1 or more against the page', () => {
    const c = theme.colors;
    for (const mark of [...theme.personaPalette, c.pain, c.opportunity, c.kpiMet, c.kpiMissed]) {
      expect(contrast(mark, c.background), mark).toBeGreaterThanOrEqual(3);
    }
  });
});
