// Right-to-left text in layout: Arabic is measured with its joined (shaped) forms, exactly as
// fontkit (the PDF's shaper) and harfbuzz (Chromium, resvg) draw it; Hebrew points and cantillation
// marks take no room; a text whose first strong character is right to left is anchored at its
// box's right edge and marked rtl in the Scene.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fallbackFaceFor } from '../assets/fallback-faces.js';
import { paragraphDirection } from '../scene/text-direction.js';
import { measureText, wrapText } from './measure-text.js';
import { textBlock } from './text-block.js';

const font = { face: 'regular', size: 100 } as const;

/** fontkit (pdfkit's shaper; it ships no types): the part used here. */
const fontkit = createRequire(import.meta.url)('fontkit') as {
  create(bytes: Buffer): { layout(text: string): { positions: { xAdvance: number }[] } };
};

/** fontkit's shaped advance of `text` in the face the renderers draw it with, at size 100. */
function fontkitWidth(text: string, cp: number, weight: 'regular' | 'semibold' = 'regular'): number {
  const face = fallbackFaceFor(cp, weight);
  if (!face) throw new Error('no face');
  const shaped = fontkit.create(readFileSync(face.file)).layout(text);
  return (shaped.positions.reduce((sum, p) => sum + p.xAdvance, 0) / face.unitsPerEm) * 100;
}

describe('Arabic is measured shaped', () => {
  const words = ['يطلب', 'التطبيق', 'مُحَمَّد', 'لا', 'الله', 'خدمة العملاء سريعة', 'تسجيل الدخول إلى التطبيق'];
  it.each(words)('%s: the measured width is fontkit’s shaped advance (within 0.5%)', (text) => {
    // Spaces are Inter's (the renderers draw them with Inter); the words are shaped one by one.
    const expected = text.split(' ').reduce((sum, word, i) => sum + fontkitWidth(word, 0x627) + (i > 0 ? measureText(' ', font) : 0), 0);
    expect(measureText(text, font) / expected).toBeCloseTo(1, 2);
  });

  it('joined forms and the lam-alef ligature are narrower than the isolated letters', () => {
    const isolated = (text: string) => [...text].reduce((sum, ch) => sum + measureText(ch, font), 0);
    expect(measureText('التطبيق', font)).toBeLessThan(0.7 * isolated('التطبيق'));
    expect(measureText('لا', font)).toBeLessThan(0.7 * isolated('لا'));
    expect(measureText('مرحبا', { face: 'semibold', size: 100 }) / fontkitWidth('مرحبا', 0x627, 'semibold')).toBeCloseTo(1, 2);
  });
});

describe('Hebrew points and cantillation marks', () => {
  it('take no room: pointed and unpointed words measure the same, and as fontkit draws them', () => {
    expect(measureText('שָׁלוֹם', font)).toBeCloseTo(measureText('שלום', font), 6);
    expect(measureText('בְּרֵאשִׁית בָּרָא', font)).toBeCloseTo(measureText('בראשית ברא', font), 6);
    expect(measureText('בְּרֵאשִׁ֖ית', font) / fontkitWidth('בְּרֵאשִׁ֖ית', 0x5d0)).toBeCloseTo(1, 2);
  });
});

describe('paragraph direction', () => {
  it('is the direction of the first strong character', () => {
    expect(paragraphDirection('مرحبا world')).toBe('rtl');
    expect(paragraphDirection('world مرحبا')).toBe('ltr');
    expect(paragraphDirection('12 (שלום)')).toBe('rtl');
    expect(paragraphDirection('٣٤ 📱 abc')).toBe('ltr');
    expect(paragraphDirection('123')).toBe('ltr');
  });
});

describe('textBlock', () => {
  const box = { x: 10, y: 20, width: 200 };
  const style = { font: { face: 'regular', size: 12 }, color: '#000' } as const;

  it('anchors a right-to-left text at the box’s right edge and marks it rtl', () => {
    const node = textBlock('يطلب من التطبيق في المتجر 24 ساعة', box, style)?.node;
    expect(node?.anchor).toBe('end');
    expect(node?.direction).toBe('rtl');
    expect(node?.lines.map((l) => l.x)).toEqual(node?.lines.map(() => 210));
  });

  it('keeps a centred right-to-left text centred, and left-to-right text as it was', () => {
    expect(textBlock('שלום', box, { ...style, anchor: 'middle' })?.node).toMatchObject({ anchor: 'middle', direction: 'rtl' });
    const ltr = textBlock('Orders in طلب سريع', box, style)?.node;
    expect(ltr?.anchor).toBe('start');
    expect(ltr && 'direction' in ltr).toBe(false);
    expect(ltr?.lines[0]?.x).toBe(10);
  });
});

describe('wrapping a word longer than its line', () => {
  it('never splits a letter from its points, and every piece fits as drawn (shaped)', () => {
    const pointed = 'בְּרֵאשִׁיתבָּרָאאֱלֹהִים'.repeat(2);
    const pieces = wrapText(pointed, font, 300);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(/^[\u0591-\u05c7]/.test(piece)).toBe(false);
    expect(pieces.join('')).toBe(pointed);
    const arabic = 'مُحَمَّدٌالتطبيقاتالمتجر'.repeat(3);
    for (const piece of wrapText(arabic, font, 400)) expect(measureText(piece, font)).toBeLessThanOrEqual(400);
  });
});
