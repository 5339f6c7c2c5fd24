import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../schema/primitives.js';
import { slugify } from './slug.js';

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
    expect(slugify('заказ')).toBe('');
  });
  it('always yields a valid id or nothing', () => {
    for (const name of ['A', 'x_y', '42 things', '-a-', 'Über straße', '___']) {
      const slug = slugify(name);
      if (slug !== '') expect(slug).toMatch(ID_PATTERN);
    }
  });
});
