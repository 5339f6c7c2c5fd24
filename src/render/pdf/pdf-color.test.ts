import { describe, expect, it } from 'vitest';
import { parseColor, tint } from './pdf-color.js';

describe('parseColor', () => {
  it('reads hex, short hex, alpha hex and rgb()/rgba()', () => {
    expect(parseColor('#1F2A44')).toEqual({ hex: '#1f2a44', alpha: 1 });
    expect(parseColor('#abc')).toEqual({ hex: '#aabbcc', alpha: 1 });
    expect(parseColor('#00000080')?.alpha).toBeCloseTo(0.5, 2);
    expect(parseColor('rgba(255, 0, 10, 0.25)')).toEqual({ hex: '#ff000a', alpha: 0.25 });
    expect(parseColor('rgb(0 128 255)')).toEqual({ hex: '#0080ff', alpha: 1 });
  });
  it('paints nothing for none, transparent and garbage', () => {
    for (const v of ['none', 'transparent', '', 'url(#x)', '#12', undefined]) expect(parseColor(v)).toBeUndefined();
  });
  it('tints towards white', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#3b5bdb', 1)).toBe('#ffffff');
    expect(tint('#3b5bdb', 0)).toBe('#3b5bdb');
  });
});
