import { describe, expect, it } from 'vitest';
import { sheetName } from './map-pages.js';

describe('sheetName', () => {
  it('names tiles like a poster grid: column letters, then the row', () => {
    expect(sheetName({ row: 1, column: 1 })).toBe('A1');
    expect(sheetName({ row: 2, column: 3 })).toBe('C2');
    expect(sheetName({ row: 1, column: 26 })).toBe('Z1');
    expect(sheetName({ row: 4, column: 27 })).toBe('AA4');
  });
});
