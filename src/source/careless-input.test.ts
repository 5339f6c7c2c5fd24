// Mistakes a careless user makes in the text itself: a stray tab in the indentation, old-Mac
// line ends (a lone CR). Each must give one right diagnostic at the right line:col.
import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode-source.js';
import { parseSource } from './parse-source.js';

const parse = (text: string) => parseSource({ path: 'j.journey.yaml', text });

describe('a stray tab in the indentation', () => {
  it('gives one yaml-tab diagnostic, at the tab, and nothing else', () => {
    const text = 'title: T\nstages:\n  - name: A\n    touchpoints:\n\t  - name: x\n';
    const { diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.column, d.span?.end.column])).toEqual([['yaml-tab', 5, 1, 2]]);
  });
  it('gives one diagnostic per tab when there are two', () => {
    const text = 'a:\n\tb: 1\nc:\n  d:\n \te: 2\n';
    const { diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.column])).toEqual([
      ['yaml-tab', 2, 1],
      ['yaml-tab', 5, 2],
    ]);
  });
  it('leaves tabs inside block text alone', () => {
    expect(parse('title: T\nnotes: |\n  a\n  \tb\n').diagnostics).toEqual([]);
  });
});

describe('lone CR line ends (old Mac)', () => {
  const mac = 'title: T\rstages:\r  - name: A\r    touchpoints:\r      - name: x\r        bogus: 5\r';
  it('parse as line breaks, so line:col are right', () => {
    const { parsed, diagnostics } = parse(mac);
    expect(diagnostics).toEqual([]);
    expect(parsed?.value).toEqual({ title: 'T', stages: [{ name: 'A', touchpoints: [{ name: 'x', bogus: 5 }] }] });
    expect(parsed?.locate(['stages', 0, 'touchpoints', 0, 'bogus'], 'key').start).toEqual({ line: 6, column: 9, offset: 70 });
  });
  it('are line breaks in the decoded text, offsets unchanged; CRLF stays as it is', () => {
    const bytes = new TextEncoder().encode('a: 1\rb: 2\r\nc: 3\r');
    expect(decodeSource('j.yaml', bytes).source?.text).toBe('a: 1\nb: 2\r\nc: 3\n');
  });
  it('a duplicate key after lone CRs is reported on its own line', () => {
    const [d] = parse('a: 1\rb: 2\ra: 3\r').diagnostics;
    expect(d?.code).toBe('duplicate-key');
    expect(d?.span?.start).toEqual({ line: 3, column: 1, offset: 10 });
  });
});
