import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../schema/primitives.js';
import { asciiSlug, slugify, unicodeSlug } from './slug.js';

describe('slugify', () => {
  it('lower-cases and joins words with "-"', () => {
    expect(slugify('Maria, busy parent')).toBe('maria-busy-parent');
    expect(slugify('Checkout')).toBe('checkout');
    expect(slugify("Sees a friend's post")).toBe('sees-a-friend-s-post');
  });
  it('trims separators and collapses runs', () => {
    expect(slugify('  --Pay  now!!  ')).toBe('pay-now');
  });
  it('drops accents', () => {
    expect(slugify('Café Crème')).toBe('cafe-creme');
  });
  it('is empty when nothing usable remains', () => {
    expect(slugify('!!!')).toBe('');
    expect(slugify('📱 ✨')).toBe('');
  });
  it('keeps letters and digits of every script (language 1.1)', () => {
    expect(slugify('インスタ広告を見る 📱')).toBe('インスタ広告を見る');
    // NFKD would split the voiced mark off が and ブ: they must come back whole.
    expect(slugify('ユーザー登録が完了')).toBe('ユーザー登録が完了');
    expect(slugify('ﾌﾞﾗｳｻﾞ')).toBe('ブラウザ');
    expect(slugify('Оформить Заказ')).toBe('оформить-заказ');
    expect(slugify('Ελέγχει την παραγγελία')).toBe('ελεγχει-την-παραγγελια');
    expect(slugify('下单 2 次')).toBe('下单-2-次');
    expect(slugify('주문 확인')).toBe('주문-확인');
    expect(slugify('खरीदें')).toBe('खरीदें');
    expect(slugify('إتمام الطلب')).toBe('إتمام-الطلب');
    expect(slugify('ー長音')).toBe('長音');
  });
  it('always yields a valid id or nothing', () => {
    for (const name of ['A', 'x_y', '42 things', '-a-', 'Über straße', '___', 'ーー', 'ंक', 'Ǆemal', 'インスタ広告を見る 📱', 'a/b.c\\d']) {
      const slug = slugify(name);
      if (slug !== '') expect(slug).toMatch(ID_PATTERN);
    }
  });
  it('gives printable ASCII the same id by its short path as by the Unicode one', () => {
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i));
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const names = [
      ...ascii,
      ...Array.from({ length: 5000 }, () =>
        Array.from({ length: 1 + Math.floor(next() * 12) }, () => ascii[Math.floor(next() * 95)]).join(''),
      ),
    ];
    for (const name of names) expect({ name, id: asciiSlug(name) }).toEqual({ name, id: unicodeSlug(name) });
  });
});
