import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from './sort-diagnostics.js';

const at = (file: string, line: number, column: number, message: string): Diagnostic => ({
  code: 'invalid-value',
  severity: 'error',
  message,
  span: { file, start: { line, column, offset: 0 }, end: { line, column: column + 1, offset: 0 } },
});

describe('sortDiagnostics', () => {
  it('orders by file, then whole-file problems first, then line and column, stably', () => {
    const list: Diagnostic[] = [
      at('b.yaml', 1, 1, 'b1'),
      at('a.yaml', 10, 2, 'a10'),
      at('a.yaml', 2, 9, 'a2-9'),
      at('a.yaml', 2, 3, 'a2-3'),
      { code: 'empty-file', severity: 'error', message: 'a-file', file: 'a.yaml' },
      at('a.yaml', 2, 3, 'a2-3-second'),
    ];
    expect(sortDiagnostics(list).map((d) => d.message)).toEqual(['a-file', 'a2-3', 'a2-3-second', 'a2-9', 'a10', 'b1']);
  });
});
