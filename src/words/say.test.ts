import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { pluralCategory, sayCount } from './say.js';

describe('pluralCategory', () => {
  it('answers English whole numbers as Intl.PluralRules does, for every en tag', () => {
    for (const locale of ['en', 'en-GB', 'en-US', 'en-IN']) {
      const intl = new Intl.PluralRules(locale);
      for (const n of [0, 1, -1, 2, -2, 11, 21, 101, 1000000, Number.MAX_SAFE_INTEGER, -0]) {
        expect(pluralCategory(locale, n), `${locale} ${n}`).toBe(intl.select(n));
      }
    }
  });

  it('leaves fractions and other languages to Intl (French 0 and 1.5 are one, English 1.00000001 is one)', () => {
    expect(pluralCategory('fr', 0)).toBe('one');
    expect(pluralCategory('fr', 1.5)).toBe('one');
    expect(pluralCategory('en', 1.00000001)).toBe('one');
    expect(pluralCategory('en', 1.5)).toBe('other');
    expect(pluralCategory('ja', 1)).toBe('other');
  });

  it('picks the counted form in sayCount', () => {
    expect(sayCount(en, 'count.stages', 1)).toBe('1 stage');
    expect(sayCount(en, 'count.stages', -1)).toBe('-1 stage');
    expect(sayCount(en, 'count.stages', 0)).toBe('0 stages');
    expect(sayCount(en, 'count.stages', 2)).toBe('2 stages');
  });
});
