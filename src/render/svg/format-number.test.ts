import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSvgNumber } from './format-number.js';

describe('formatSvgNumber', () => {
  it('drops trailing zeros and -0, keeps 2 decimals', () => {
    expect(formatSvgNumber(10)).toBe('10');
    expect(formatSvgNumber(0.5)).toBe('0.5');
    expect(formatSvgNumber(-0)).toBe('0');
    expect(formatSvgNumber(-0.001)).toBe('0');
    expect(formatSvgNumber(1.234)).toBe('1.23');
    expect(formatSvgNumber(100)).toBe('100');
  });

  it('never prints an exponent and parses back to the rounded value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e8, max: 1e8, noNaN: true }), (n) => {
        const s = formatSvgNumber(n);
        expect(s).toMatch(/^-?\d+(\.\d{1,2})?$/);
        expect(Math.abs(Number(s) - n)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(n));
      }),
    );
  });
});
