// Where text that does not fit is cut: between grapheme clusters (a letter keeps its marks), an
// over-long word into pieces, a last line with an ellipsis. Pure; widths come from the caller's
// measure, so layout (its metrics) and the PDF's summary paragraphs (the widths they are drawn at)
// cut text by the same rules.

export const ELLIPSIS = '\u2026';

export type Measure = (text: string) => number;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Printable ASCII only (or empty): every character is a grapheme cluster of its own, drawn left
 * to right by Inter, which has them all. The fast paths of segmenting, face runs and PDF layout.
 */
export const isPrintableAscii = (text: string): boolean => PRINTABLE_ASCII.test(text);

/**
 * Grapheme clusters: a letter with its marks (Hebrew points, Arabic vowels) is never split. ASCII
 * text needs no segmenter; making one loads ICU's break rules (about 10 ms), so it is made only
 * for other text.
 */
export const graphemes = (text: string): string[] =>
  isPrintableAscii(text)
    ? text.split('')
    : Array.from(new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text), (g) => g.segment);

/**
 * Splits one word that is wider than maxWidth into pieces that fit (between grapheme clusters).
 * Each piece is measured whole as it grows: shaped text (Arabic joins) does not add up letter by
 * letter.
 */
export function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of graphemes(word)) {
    if (current !== '' && measure(current + ch) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Cuts `line` so that `line + …` fits maxWidth. */
export function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  const chars = graphemes(line.trimEnd());
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}
