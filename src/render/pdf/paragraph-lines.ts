// Greedy line wrapping for the PDF's paragraphs at the Unicode line break opportunities (UAX #14,
// the linebreak package pdfkit's own wrapper used): after spaces and hyphens, and between
// ideographs and kana, so Chinese and Japanese fill their lines as they did when pdfkit wrapped
// them. Widths come from the caller's measure (what drawTextLine draws), not from pdfkit.
import LineBreaker from 'linebreak';
import { hasShapedText } from '../../assets/shaped-advance.js';
import { breakWord, type Measure } from '../../scene/text-breaks.js';

/** The pieces of a text between its break opportunities, each with its trailing spaces. */
function* pieces(text: string): Generator<{ readonly piece: string; readonly required: boolean }> {
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    yield { piece: text.slice(last, bk.position), required: bk.required };
    last = bk.position;
  }
}

/**
 * The lines of `text` in logical order, each without trailing white space, as pdfkit counted them:
 * as many pieces on a line as fit `width`, a piece wider than a line cut between grapheme
 * clusters, a new line at each newline but a last one; no line for no text. Without a width, one
 * line per paragraph.
 */
export function paragraphLines(text: string, width: number | undefined, measure: Measure): string[] {
  if (text === '') return [];
  if (width === undefined) return text.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/);
  // Widths add up character by character, but shaped runs (Arabic joins) are measured whole.
  const additive = !hasShapedText(text);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const { piece, required } of pieces(text)) {
    const word = piece.replace(/[\r\n]+$/, '');
    const wordWidth = measure(word.trimEnd());
    if (line !== '' && (additive ? lineWidth + wordWidth : measure((line + word).trimEnd())) > width) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    }
    if (line === '' && wordWidth > width) {
      const cuts = breakWord(word.trimEnd(), width, measure);
      lines.push(...cuts.slice(0, -1));
      // The last cut carries on with the word's trailing space, so the next word stays apart.
      line = (cuts.at(-1) ?? '') + word.slice(word.trimEnd().length);
      lineWidth = additive ? measure(line) : 0;
    } else {
      line += word;
      lineWidth = additive ? lineWidth + measure(word) : 0;
    }
    if (required) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    }
  }
  if (line !== '') lines.push(line.trimEnd());
  return lines;
}
