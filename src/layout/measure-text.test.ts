import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from './measure-text.js';

const font = { face: 'regular', size: 12 } as const;

describe('measureText', () => {
  it('adds advances: a longer string is wider, semibold is wider than regular', () => {
    expect(measureText('', font)).toBe(0);
    expect(measureText('ab', font)).toBeCloseTo(measureText('a', font) + measureText('b', font), 10);
    expect(measureText('Hello', { face: 'semibold', size: 12 })).toBeGreaterThan(measureText('Hello', font));
    expect(measureText('Hello', { face: 'regular', size: 24 })).toBeCloseTo(2 * measureText('Hello', font), 10);
  });

  it('gives glyphs Inter lacks (emoji) a generous width', () => {
    expect(measureText('😀', font)).toBeGreaterThanOrEqual(font.size);
  });
});

describe('wrapText', () => {
  it('keeps every line within the width and loses no words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z]{1,30}$/), { maxLength: 30 }), fc.integer({ min: 60, max: 300 }), (words, width) => {
        const lines = wrapText(words.join(' '), font, width);
        for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });

  it('breaks long words and keeps explicit newlines', () => {
    const lines = wrapText('Pneumonoultramicroscopicsilicovolcanoconiosis', font, 80);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('Pneumonoultramicroscopicsilicovolcanoconiosis');
    expect(wrapText('one\ntwo', font, 500)).toEqual(['one', 'two']);
  });

  it('caps lines and ends with an ellipsis when cut', () => {
    const lines = wrapText('word '.repeat(100), font, 100, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('\u2026')).toBe(true);
    expect(measureText(lines[2] ?? '', font)).toBeLessThanOrEqual(100);
    expect(wrapText('short', font, 100, 3)).toEqual(['short']);
  });
});
