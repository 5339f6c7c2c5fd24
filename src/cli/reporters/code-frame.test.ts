// The code frame stays readable on hostile lines: an 800 KB line is cut to a window around the
// span, and a bidi control or zero-width character shows as <U+202E> instead of reordering or
// hiding part of the line in the terminal.
import { describe, expect, it } from 'vitest';
import type { Span } from '../../diagnostics/diagnostic.js';
import { codeFrame, visibleText } from './code-frame.js';

const plain = { gutter: (t: string) => t, marker: (t: string) => t };
const span = (line: number, column: number, endColumn: number): Span => ({
  file: 'j.yaml',
  start: { line, column, offset: 0 },
  end: { line, column: endColumn, offset: 0 },
});

describe('codeFrame', () => {
  it('shows a short line whole, carets under the span', () => {
    expect(codeFrame('a: 1\nkey: value\n', span(2, 6, 11), plain)).toBe('  |\n2 | key: value\n  |      ^^^^^');
  });
  it('cuts a long line to a window around the span, carets still under it', () => {
    const line = `pains: [${'x,'.repeat(400_000)}x]`;
    const frame = codeFrame(line, span(1, 500_001, 500_002), plain);
    const [, shown = '', carets = ''] = frame.split('\n');
    expect(shown.length).toBeLessThan(130);
    expect(shown).toMatch(/^1 \| …x,x,.*…$/);
    expect(carets.indexOf('^') - 4).toBe(41);
    expect(shown[carets.indexOf('^')]).toBe(line[500_000]);
  });
  it('shows invisible characters as <U+XXXX>, the carets under them', () => {
    const frame = codeFrame('name: Pay \u202Eexe.txt\u200B now', span(1, 11, 12), plain);
    expect(frame).toBe('  |\n1 | name: Pay <U+202E>exe.txt<U+200B> now\n  |           ^^^^^^^^');
  });
  it('keeps emoji and tabs as before', () => {
    expect(codeFrame('\tname: 🙂 x', span(1, 11, 12), plain)).toBe(`  |\n1 |     name: 🙂 x\n  | ${' '.repeat(13)}^`);
  });
});

describe('visibleText', () => {
  it('shows bidi and zero-width characters in a message as <U+XXXX>, other text unchanged', () => {
    expect(visibleText('persona "mari\u202Ee" is not defined; café 🙂 \u200B')).toBe(
      'persona "mari<U+202E>e" is not defined; café 🙂 <U+200B>',
    );
  });
});
