// The view's one formatter: English numbers exactly as the map always wrote them, other locales
// through Intl with the same rules (real minus, no exponent); data dates by day or by month.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../scene/number-label.js';
import { en as english } from '../words/en.js';
import { formatsFor } from './formats.js';

const withLocale = (locale: string) => ({ ...english, 'meta.locale': locale });

describe('formatsFor', () => {
  it('writes English numbers as the map does', () => {
    const en = formatsFor(english);
    for (const n of [0, -0, 1234.5, -1234.567, 0.000123, 1e21, 93]) expect(en.number(n)).toBe(formatNumber(n));
    expect(en.number(-1234.5)).toBe('\u22121,234.5');
  });

  it('writes other locales through Intl, with a real minus sign', () => {
    const de = formatsFor(withLocale('de'));
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(de.number(-0.5)).toBe('\u22120,5');
    expect(de.number(-0.0001)).toBe('\u22120,0001');
  });

  it('formats data dates by day or by month from the catalogue, leaves anything else as written', () => {
    const en = formatsFor(english);
    expect(en.date('2026-03-15')).toBe('Mar 15, 2026');
    expect(en.date('2026-10')).toBe('Oct 2026');
    expect(en.date('Q3 2026')).toBe('Q3 2026');
    expect(en.date('2026-13')).toBe('2026-13');
    // Month names and their order are the catalogue's words.
    const fake = { ...english, 'date.month.10': '«Okt {year}»', 'date.day.10': '{day}. «Okt» {year}' };
    expect(formatsFor(fake).date('2026-10-01')).toBe('1. «Okt» 2026');
  });
});
