import { describe, expect, it } from 'vitest';
import { kpiMet } from './kpi-met.js';

describe('kpiMet', () => {
  it('needs both value and target', () => {
    expect(kpiMet(undefined, 5, 'higher')).toBeUndefined();
    expect(kpiMet(5, undefined, 'lower')).toBeUndefined();
  });
  it('higher is better: met at or above the target', () => {
    expect(kpiMet(45, 45, 'higher')).toBe(true);
    expect(kpiMet(46, 45, 'higher')).toBe(true);
    expect(kpiMet(31, 45, 'higher')).toBe(false);
  });
  it('lower is better: met at or below the target', () => {
    expect(kpiMet(40, 40, 'lower')).toBe(true);
    expect(kpiMet(62, 40, 'lower')).toBe(false);
    expect(kpiMet(-1, 0, 'lower')).toBe(true);
  });
});
