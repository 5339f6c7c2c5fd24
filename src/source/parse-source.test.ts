import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from './limits.js';
import { parseSource } from './parse-source.js';

const parse = (text: string) => parseSource({ path: 'j.journey.yaml', text });
const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

describe('parseSource', () => {
  it('parses a mapping with its plain value', () => {
    const { parsed, diagnostics } = parse('title: A\nstages: [x]\n');
    expect(diagnostics).toEqual([]);
    expect(parsed?.value).toEqual({ title: 'A', stages: ['x'] });
  });
  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(parse('updated: 2026-11-01\n').parsed?.value).toEqual({ updated: '2026-11-01' });
  });
  it('reports source-level problems by code', () => {
    expect(codes('')).toEqual(['empty-file']);
    expect(codes('# just a comment\n')).toEqual(['empty-file']);
    expect(codes('- a\n- b\n')).toEqual(['not-a-mapping']);
    expect(codes('just text\n')).toEqual(['not-a-mapping']);
    expect(codes('a:\n\tb: 1\n')).toEqual(['yaml-tab']);
    expect(codes('a: [1, 2\n')).toEqual(['yaml-syntax']);
    expect(codes('a: *nowhere\n')).toEqual(['yaml-syntax']);
    expect(codes('? [a, b]\n: 1\n')).toEqual(['yaml-syntax']);
    expect(codes('a: 1\nb: 2\na: 3\n')).toEqual(['duplicate-key']);
    expect(codes('a: { x: 1, y: 2, x: 3 }\nb: [{ k: 1, k: 2 }]\n')).toEqual(['duplicate-key', 'duplicate-key']);
    expect(codes('x'.repeat(1024 * 1024 + 1))).toEqual(['file-too-large']);
  });
  it('points a duplicate key at the second one, the first as related', () => {
    const [d] = parse('a: 1\nb: 2\na: 3\n').diagnostics;
    expect(d?.span?.start).toEqual({ line: 3, column: 1, offset: 10 });
    expect(d?.related?.[0]?.span.start).toEqual({ line: 1, column: 1, offset: 0 });
  });
  it('reports the tab itself', () => {
    const [d] = parse('a:\n  b: 1\n\tc: 2\n').diagnostics;
    expect(d?.code).toBe('yaml-tab');
    expect(d?.span?.start).toEqual({ line: 3, column: 1, offset: 10 });
  });
  it('stops alias bombs', () => {
    const level = (name: string, of: string) => `${name}: &${name} [${Array(10).fill(`*${of}`).join(', ')}]\n`;
    const text = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${level('b', 'a')}${level('c', 'b')}${level('d', 'c')}`;
    const { parsed, diagnostics } = parse(text);
    expect(parsed).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-alias-limit']);
  });
  it('allows a few aliases', () => {
    expect(parse('a: &a [1]\nb: *a\n').parsed?.value).toEqual({ a: [1], b: [1] });
  });
  it('refuses prototype-polluting keys anywhere, and never pollutes', () => {
    for (const text of [
      '__proto__: { polluted: 1 }\n',
      'a:\n  - constructor: { prototype: { polluted: 1 } }\n',
      '"__proto__":\n  polluted: 1\n',
    ]) {
      const { parsed, diagnostics } = parse(text);
      expect(parsed).toBeUndefined();
      expect(diagnostics.map((d) => d.code)).toContain('forbidden-key');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
  it('never throws on junk', () => {
    for (const text of ['{', ']]]', '? ? ?', '&a *a', '!!binary x', ': :', '---\n---\n', '"\\u']) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe('parseSource on odd YAML', () => {
  it('reports a null key and an empty-text key as the same key (the data holds one "")', () => {
    const { diagnostics } = parse('~: 1\n"": 2\n');
    expect(diagnostics.map((d) => [d.code, d.span?.start.line, d.message])).toEqual([
      ['duplicate-key', 2, 'an empty key appears twice in one mapping'],
    ]);
  });
  it('keeps YAML 1.1 tags (!!binary, !!timestamp, !!set) as the plain values written, with a warning at the tag', () => {
    const { parsed, diagnostics } = parse('a: !!binary aGk=\nb: !!timestamp 2026-01-01\nc: !!set { x }\n');
    expect(parsed?.value).toEqual({ a: 'aGk=', b: '2026-01-01', c: { x: null } });
    expect(diagnostics.map((d) => [d.code, d.severity, d.span?.start.line, d.span?.start.column])).toEqual([
      ['yaml-syntax', 'warning', 1, 4],
      ['yaml-syntax', 'warning', 2, 4],
      ['yaml-syntax', 'warning', 3, 4],
    ]);
    expect(diagnostics[0]?.hint).toMatch(/tag/);
  });
  it('refuses nesting deeper than the limit once, at the first collection too deep, and never overflows the stack', () => {
    const flowSeq = (depth: number) => `x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const texts = [flowSeq(5000), `x: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, `x:\n  ${'- '.repeat(200000)}1\n`];
    for (const text of texts) {
      const { parsed, diagnostics } = parse(text);
      expect(parsed).toBeUndefined();
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]?.code).toBe('yaml-syntax');
      expect(diagnostics[0]?.message).toContain(`more than ${MAX_NESTING} levels`);
    }
    // The root mapping is level 0, `x:`'s list level 1: the limit is the deepest level accepted.
    expect(parse(flowSeq(MAX_NESTING)).diagnostics).toEqual([]);
    const [d] = parse(flowSeq(MAX_NESTING + 1)).diagnostics;
    expect(d?.span?.start).toMatchObject({ line: 1, column: 4 + MAX_NESTING });
  });
  it('says that an alias cannot be a key', () => {
    const [d] = parse('k: &k name\nm: { *k : S }\n').diagnostics;
    expect(d?.code).toBe('yaml-syntax');
    expect(d?.message).toMatch(/alias "\*k"/);
    expect(d?.span?.start).toMatchObject({ line: 2, column: 6 });
  });
});

it('reports the first collection too deep in document order', () => {
  const nest = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const { diagnostics } = parse(`a: ${nest(MAX_NESTING + 1)}\nb: ${nest(MAX_NESTING + 5)}\n`);
  expect(diagnostics.map((d) => d.span?.start.line)).toEqual([1]);
});
