import { describe, expect, it } from 'vitest';
import { paragraphLines } from './paragraph-lines.js';

/** Every character one unit wide: a line of width w holds w characters, spaces included. */
const units = (s: string): number => [...s].length;

describe('paragraphLines', () => {
  it('fills each line with as many words as fit, trailing spaces not counted', () => {
    expect(paragraphLines('aaa bbb ccc dd', 7, units)).toEqual(['aaa bbb', 'ccc dd']);
    expect(paragraphLines('aaa bbb ccc', 6, units)).toEqual(['aaa', 'bbb', 'ccc']);
  });

  it('breaks after a hyphen and between ideographs, as UAX #14 allows', () => {
    expect(paragraphLines('follow-up call', 8, units)).toEqual(['follow-', 'up call']);
    expect(paragraphLines('折り返す長い名前のタッチポイント', 6, units)).toEqual(['折り返す長い', '名前のタッチ', 'ポイント']);
  });

  it('cuts a word wider than a line, and carries its last piece on', () => {
    expect(paragraphLines('abcdefghij kl', 4, units)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });

  it('starts a line at each newline, as pdfkit counted them', () => {
    expect(paragraphLines('a\nb', 10, units)).toEqual(['a', 'b']);
    expect(paragraphLines('a\n', 10, units)).toEqual(['a']);
    expect(paragraphLines('a\n\nb', 10, units)).toEqual(['a', '', 'b']);
    expect(paragraphLines('', 10, units)).toEqual([]);
  });

  it('without a width, gives one line per paragraph whatever its length', () => {
    expect(paragraphLines('a long heading\nsecond', undefined, units)).toEqual(['a long heading', 'second']);
  });

  it('measures shaped text whole, not piece by piece', () => {
    // Arabic joins: a measure that charges a joined pair less than its letters alone.
    const joined = (s: string): number => Math.max(0, units(s) - (s.match(/[\u0600-\u06ff]{2}/g)?.length ?? 0));
    const text = 'سلام عليكم';
    expect(paragraphLines(text, joined(text), joined)).toEqual([text]);
  });
});
