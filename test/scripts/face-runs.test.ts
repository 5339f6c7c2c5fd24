// faceRuns splits text into runs of one face. Printable ASCII takes a fast path (one Inter run):
// it must be what the character-by-character rule gives, i.e. Inter has a glyph for every printable
// ASCII character in both weights, and text with anything else still goes character by character.
import { describe, expect, it } from 'vitest';
import { faceRuns } from '../../src/assets/fallback-faces.js';
import { FACES, glyphAdvanceEm, isZeroWidth } from '../../src/assets/font-metrics.js';

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

describe('faceRuns', () => {
  it.each(['regular', 'semibold'] as const)('Inter %s draws every printable ASCII character itself', (weight) => {
    for (const ch of PRINTABLE) {
      const cp = ch.charCodeAt(0);
      expect(Number.isNaN(glyphAdvanceEm(FACES[weight], cp)), `U+${cp.toString(16)}`).toBe(false);
      expect(isZeroWidth(cp)).toBe(false);
    }
  });

  it('gives printable ASCII as one Inter run, and nothing for empty text', () => {
    const text = PRINTABLE.join('');
    expect(faceRuns(text, 'regular')).toEqual([{ face: undefined, text }]);
    expect(faceRuns('', 'semibold')).toEqual([]);
  });

  it('still splits text with other characters by face', () => {
    const runs = faceRuns('Order 注文 now', 'regular');
    expect(runs.map((r) => r.text)).toEqual(['Order ', '注文', ' now']);
    expect(runs[0]?.face).toBeUndefined();
    expect(runs[1]?.face?.id).toMatch(/jp|sc|tc|cjk/i);
    expect(runs[2]?.face).toBeUndefined();
    // A tab or a newline is not printable ASCII: the character rule decides (one run with Inter).
    expect(
      faceRuns('a\tb', 'regular')
        .map((r) => r.text)
        .join(''),
    ).toBe('a\tb');
  });
});
