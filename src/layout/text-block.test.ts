// textBlock with the layout's memo of wrapped texts gives exactly what it gives without one,
// whatever came before it: a text is wrapped once per font, width and line cap, never reused
// for another, and positions always come from the box at hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FontSpec } from '../scene/scene.js';
import { type TextMemo, textBlock } from './text-block.js';

const TEXTS = [
  'Waits too long for the courier to arrive',
  'Waits too long',
  'Conversion',
  'Ein sehr langes Wort: Donaudampfschifffahrtsgesellschaftskapitän',
  'سلام دنیا و خوش آمدید',
  'line one\nline two',
];
const FONTS: FontSpec[] = [
  { face: 'regular', size: 11 },
  { face: 'semibold', size: 11 },
  { face: 'regular', size: 14 },
];

describe('textBlock with a memo', () => {
  it('wraps a text again for another width, font or line cap, and places it in each box', () => {
    const memo: TextMemo = new Map();
    const text = TEXTS[0]!;
    const font = FONTS[0]!;
    const narrow = textBlock(text, { x: 0, y: 0, width: 80 }, { font, color: '#000', memo });
    const wide = textBlock(text, { x: 10, y: 20, width: 400 }, { font, color: '#000', memo });
    const capped = textBlock(text, { x: 0, y: 0, width: 80 }, { font, color: '#000', maxLines: 1, memo });
    expect(narrow!.node.lines.length).toBeGreaterThan(1);
    expect(wide!.node.lines.map((l) => [l.text, l.x])).toEqual([[text, 10]]);
    expect(wide!.node.lines[0]!.y).toBeGreaterThan(20);
    expect(capped!.node.lines).toHaveLength(1);
    expect(capped!.node.fullText).toBe(text);
    expect(memo.size).toBe(3);
    // The same text, font, width and cap elsewhere: a memo hit, placed in its own box.
    const again = textBlock(text, { x: 300, y: 500, width: 80 }, { font, color: '#111', memo });
    expect(memo.size).toBe(3);
    expect(again!.node.lines.map((l) => l.text)).toEqual(narrow!.node.lines.map((l) => l.text));
    expect(again!.node.lines[0]!.x).toBe(300);
    expect(again!.node.color).toBe('#111');
  });

  it('gives what textBlock gives without a memo, in any order of calls', () => {
    const call = fc.record({
      text: fc.constantFrom(...TEXTS),
      font: fc.constantFrom(...FONTS),
      width: fc.constantFrom(40, 80, 81, 200, 400),
      maxLines: fc.constantFrom(undefined, 1, 2, 3),
      anchor: fc.constantFrom(undefined, 'start' as const, 'middle' as const, 'end' as const),
      x: fc.integer({ min: 0, max: 500 }),
      y: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 40 }), (calls) => {
        const memo: TextMemo = new Map();
        for (const c of calls) {
          const options = {
            font: c.font,
            color: '#000',
            ...(c.maxLines ? { maxLines: c.maxLines } : {}),
            ...(c.anchor ? { anchor: c.anchor } : {}),
          };
          const box = { x: c.x, y: c.y, width: c.width };
          expect(textBlock(c.text, box, { ...options, memo })).toEqual(textBlock(c.text, box, options));
        }
      }),
      { numRuns: 200 },
    );
  });
});
