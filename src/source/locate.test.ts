import { describe, expect, it } from 'vitest';
import { parseSource } from './parse-source.js';

const text = [
  'title: Checkout', //                   line 1
  'stages:', //                           line 2
  '  - name: Browse', //                  line 3
  '    touchpoints:', //                  line 4
  '      - Sees ad', //                   line 5
  '      - { name: Pays, emotion: 2 }', // line 6
  'anchor: &a { x: 1 }', //               line 7
  'alias: *a', //                         line 8
  'empty:', //                            line 9
  '',
].join('\n');
const parsed = parseSource({ path: 'maps/c.journey.yaml', text }).parsed;
if (!parsed) throw new Error('fixture must parse');
const at = (path: (string | number)[], which?: 'key' | 'value') => {
  const span = parsed.locate(path, which);
  return { from: `${span.start.line}:${span.start.column}`, text: text.slice(span.start.offset, span.end.offset), file: span.file };
};

describe('locate', () => {
  it('finds value nodes by path', () => {
    expect(at(['title'])).toEqual({ from: '1:8', text: 'Checkout', file: 'maps/c.journey.yaml' });
    expect(at(['stages', 0, 'name'])).toMatchObject({ from: '3:11', text: 'Browse' });
    expect(at(['stages', 0, 'touchpoints', 0])).toMatchObject({ from: '5:9', text: 'Sees ad' });
    expect(at(['stages', 0, 'touchpoints', 1, 'emotion'])).toMatchObject({ from: '6:32', text: '2' });
  });
  it('finds key nodes on request', () => {
    expect(at(['stages', 0, 'touchpoints'], 'key')).toMatchObject({ from: '4:5', text: 'touchpoints' });
    expect(at(['stages', 0, 'touchpoints', 1, 'emotion'], 'key')).toMatchObject({ from: '6:23', text: 'emotion' });
  });
  it("points a missing key at the key holding its mapping, else the mapping's first line", () => {
    expect(at(['stages', 0, 'touchpoints', 1, 'id'])).toMatchObject({ from: '6:9', text: '{ name: Pays, emotion: 2 }' });
    expect(at(['stages', 0, 'objective'])).toMatchObject({ from: '3:5', text: 'name: Browse' });
    expect(at(['anchor', 'y'])).toMatchObject({ from: '7:1', text: 'anchor' });
  });
  it('gives block collections their first line only', () => {
    expect(at(['stages'])).toMatchObject({ from: '3:3', text: '- name: Browse' });
  });
  it('walks through aliases', () => {
    expect(at(['alias', 'x'])).toMatchObject({ from: '7:17', text: '1' });
  });
  it('falls back to the key for empty values', () => {
    expect(at(['empty'])).toMatchObject({ from: '9:1', text: 'empty' });
  });
});

describe('locate with keys that are not plain words', () => {
  // yaml's toJS turns a null key (`~:` or `: x`) into "", so zod reports the path segment "".
  it('finds a null key under the name "" that the data has', () => {
    for (const text of ['title: T\n~: x\n', 'title: T\n: x\n']) {
      const file = parseSource({ path: 'j.yaml', text }).parsed;
      expect(Object.keys(file?.value ?? {})).toContain('');
      expect(file?.locate([''], 'key').start).toMatchObject({ line: 2, column: 1 });
    }
  });
});
