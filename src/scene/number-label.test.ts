// Number labels: the same figure reads the same on the map, in the HTML table and in its details.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, withUnit } from './number-label.js';

/** The label back as a number: no grouping commas, an ASCII minus. */
const parse = (label: string): number => Number(label.replaceAll(',', '').replace('\u2212', '-'));

describe('formatNumber', () => {
  it('groups thousands, uses a real minus, at most 2 decimals from 1 up', () => {
    expect(formatNumber(123456789)).toBe('123,456,789');
    expect(formatNumber(-1234.5)).toBe('\u22121,234.5');
    expect(formatNumber(4.567)).toBe('4.57');
    expect(formatNumber(-0)).toBe('0');
  });

  it('keeps small values: a non-zero value never shows as 0', () => {
    expect(formatNumber(0.000123)).toBe('0.000123');
    expect(formatNumber(-0.05)).toBe('\u22120.05');
    expect(formatNumber(1e-7)).toBe('0.0000001');
  });

  it('never prints an exponent, and reads back close to the value', () => {
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
    fc.assert(
      fc.property(fc.double({ min: -1e25, max: 1e25, noNaN: true }), (n) => {
        const label = formatNumber(n);
        expect(label).toMatch(/^\u2212?\d{1,3}(,\d{3})*(\.\d+)?$/);
        if (Math.abs(n) >= 1e-20) expect(parse(label)).not.toBe(0);
        // 2 decimals from 1 up, 3 significant digits below.
        expect(Math.abs(parse(label) - n)).toBeLessThanOrEqual(Math.max(0.005, Math.abs(n) * 0.005) + 1e-9 * Math.abs(n));
      }),
    );
  });
});

describe('withUnit', () => {
  it('attaches symbols, spaces words', () => {
    expect(withUnit('62', '%')).toBe('62%');
    expect(withUnit('12', 'min')).toBe('12 min');
    expect(withUnit('4.4', '/5')).toBe('4.4/5');
    expect(withUnit('3', undefined)).toBe('3');
  });
});
