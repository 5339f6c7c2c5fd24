// Every place the map writes text on a theme colour, and which of them miss WCAG AA (4.5:1): the
// fills whose text layout picks by contrast (textOn) and the text/fill pairs a theme sets itself.
// resolve-theme.ts warns with these for theme files; tests hold the built-in themes to them.
import { AA_TEXT, bestTextContrast, contrastRatio, textOn } from './contrast.js';
import type { Theme } from './theme.js';

export interface ContrastProblem {
  /** Where the colour is in a theme file: ['colors', 'accent'], ['colors', 'stageBackgrounds', 2]. */
  readonly key: readonly (string | number)[];
  /** The text drawn on it, in words. */
  readonly what: string;
  readonly text: string;
  readonly fill: string;
  readonly ratio: number;
}

interface Place {
  readonly key: readonly (string | number)[];
  readonly what: string;
  readonly fill: string;
  /** Set for pairs the theme fixes; absent where layout picks white or the theme's text. */
  readonly text?: string;
  /** The text colour layout tries first on a chosen-text fill (default white). */
  readonly preferred?: string;
  /** The other key of a fixed pair, blamed when only it comes from the theme file. */
  readonly textKey?: readonly string[];
}

/** Fills the theme sets with the text colours layout writes on them (mark-coloured words fall back to `text`). */
function fixedPairs(theme: Theme): [readonly (string | number)[], string, string, readonly string[]][] {
  const c = theme.colors;
  const body = ['text', 'mutedText'];
  return [
    [
      ['colors', 'headerBackground'],
      'the header band',
      c.headerBackground,
      c.headerMutedText !== undefined ? ['headerText', 'headerMutedText'] : ['headerText'],
    ],
    [['colors', 'background'], 'the page', c.background, body],
    [['colors', 'cardBackground'], 'KPI cards and chips', c.cardBackground, body],
    [['colors', 'laneTitleBackground'], 'lane titles, the legend and system chips', c.laneTitleBackground, ['laneTitleText', ...body]],
    ...c.stageBackgrounds.map((bg, i): [readonly (string | number)[], string, string, readonly string[]] => [
      ['colors', 'stageBackgrounds', i],
      `stage ${i + 1}'s header`,
      bg,
      ['stageText', ...body],
    ]),
  ];
}

function places(theme: Theme): Place[] {
  const c = theme.colors;
  const colour = (key: string): string => (c as unknown as Record<string, string>)[key] ?? c.text;
  return [
    { key: ['colors', 'accent'], what: 'the current-state badge and "data" evidence chips', fill: c.accent },
    { key: ['colors', 'opportunity'], what: 'the future-state badge', fill: c.opportunity },
    { key: ['colors', 'headerText'], what: 'tag chips on the header band', fill: c.headerText, preferred: c.headerBackground },
    ...fixedPairs(theme).flatMap(([key, what, fill, texts]) =>
      texts.map((t): Place => ({ key, what: `${t} on ${what}`, fill, text: colour(t), textKey: ['colors', t] })),
    ),
  ];
}

/**
 * The places under AA, one per theme key (the worst text on it). `inFile` says which keys the
 * theme file itself sets: a pair is blamed on its fill key when the file sets it, else on its text key.
 */
export function contrastProblems(theme: Theme, inFile: (key: readonly (string | number)[]) => boolean = () => true): ContrastProblem[] {
  const byKey = new Map<string, ContrastProblem>();
  for (const place of places(theme)) {
    const text = place.text ?? textOn(place.fill, theme, place.preferred);
    const ratio = place.text === undefined ? bestTextContrast(place.fill, theme, place.preferred) : contrastRatio(place.text, place.fill);
    if (ratio >= AA_TEXT) continue;
    const key = inFile(place.key) || !place.textKey ? place.key : place.textKey;
    if (!inFile(key)) continue;
    const id = key.join('.');
    const seen = byKey.get(id);
    if (!seen || ratio < seen.ratio) byKey.set(id, { key, what: place.what, text, fill: place.fill, ratio });
  }
  return [...byKey.values()];
}
