// locateFields is a faster locate for many fields of one mapping: every range it gives must be
// exactly what locateRange gives for the same path, and it must give nothing it was not asked for.
import { describe, expect, it } from 'vitest';
import { type DataPath, locateRange, type Range } from './locate.js';
import { type FieldsWanted, locateFields } from './locate-fields.js';
import { parseSource } from './parse-source.js';

const text = [
  'base: &b { x: 1 }',
  'items:',
  '  - name: Pays',
  '    owner: Payments',
  '    note:',
  '    pains: [Slow, "Two words"]',
  '    systems: Ledger',
  '    opportunities:',
  '      - Faster',
  '      - { idea: Cache }',
  '    fields: { risks: Fraud, empty: }',
  '    emotion:',
  '      maria: -1',
  '    ref: *b',
  '    skipped: not asked for',
  '  - Shorthand',
  '',
].join('\n');
const parsedOrNot = parseSource({ path: 'f.yaml', text }).parsed;
if (!parsedOrNot) throw new Error('fixture must parse');
const parsed = parsedOrNot;
const wanted: FieldsWanted = new Map([
  ...(['name', 'owner', 'note', 'emotion', 'ref'] as const).map((key) => [key, 'value'] as const),
  ...(['pains', 'systems', 'opportunities'] as const).map((key) => [key, 'list'] as const),
  ['fields', 'map'] as const,
]);

function rangesAt(base: DataPath): { ranges: Map<string, Range>; mapping: boolean } {
  const ranges = new Map<string, Range>();
  const mapping = locateFields(parsed.doc, text, base, wanted, (key, start, end) => ranges.set(key, [start, end]));
  return { ranges, mapping };
}

/** The data path a locateFields key stands for, below `base`. */
function pathOf(base: DataPath, key: string): DataPath {
  const item = /^(.+)\[(\d+)\]$/.exec(key);
  if (item?.[1] && item[2]) return [...base, item[1], Number(item[2])];
  const [head = '', ...rest] = key.split('.');
  return [...base, head, ...(rest.length > 0 ? [rest.join('.')] : [])];
}

describe('locateFields', () => {
  it('gives each wanted field the range locate gives its path', () => {
    const { ranges, mapping } = rangesAt(['items', 0]);
    expect(mapping).toBe(true);
    expect([...ranges.keys()].sort()).toEqual(
      [
        'name',
        'owner',
        'note',
        'emotion',
        'ref',
        'pains[0]',
        'pains[1]',
        'systems[0]',
        'opportunities[0]',
        'opportunities[1]',
        'fields.risks',
        'fields.empty',
      ].sort(),
    );
    for (const [key, range] of ranges) {
      expect(range, key).toEqual(locateRange(parsed.doc, text, pathOf(['items', 0], key)));
    }
    expect(text.slice(...(ranges.get('pains[1]') ?? [0, 0]))).toBe('"Two words"');
    expect(text.slice(...(ranges.get('emotion') ?? [0, 0]))).toBe('maria: -1');
  });

  it('gives nothing for a plain string or a missing path', () => {
    expect(rangesAt(['items', 1])).toEqual({ ranges: new Map(), mapping: false });
    expect(rangesAt(['items', 5])).toEqual({ ranges: new Map(), mapping: false });
  });
});
