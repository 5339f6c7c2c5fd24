// Lines of a right-to-left paragraph in drawing order (what the PDF places): the first logical
// word at the right, Latin words and numbers inside read left to right, brackets mirrored, emoji
// beside the word they follow; the letters of a right-to-left run stay logical (fontkit shapes them).
import { describe, expect, it } from 'vitest';
import { visualRuns } from './visual-runs.js';

const drawn = (text: string, direction: 'ltr' | 'rtl') => visualRuns(text, 'regular', direction).map((run) => run.text);

describe('visualRuns on a right-to-left paragraph', () => {
  it('puts the first word at the right and keeps Latin words and numbers left to right', () => {
    expect(drawn('يطلب iPhone 15 اليوم', 'rtl').join('')).toBe('اليوم iPhone 15 يطلب');
    expect(drawn('يطلب iPhone 15 اليوم', 'ltr').join('')).toBe('يطلب iPhone 15 اليوم');
  });

  it('mirrors brackets: a Hebrew word in parentheses reads (word)', () => {
    expect(drawn('נועה (מנהלת)', 'rtl').join('')).toBe('(מנהלת) נועה');
    expect(drawn('abc (שלום)', 'ltr').join('')).toBe('abc (שלום)');
  });

  it('keeps an emoji beside the right-to-left word it follows', () => {
    expect(drawn('מקבל הודעה 📦', 'rtl')).toEqual(['📦', ' ', 'הודעה', ' ', 'מקבל']);
  });
});
