import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value.js';

describe('describeValue', () => {
  it('names each YAML kind', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('an empty value');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({ a: 1 })).toBe('a mapping');
    expect(describeValue(2026)).toBe('the number 2026');
    expect(describeValue(true)).toBe('true');
    expect(describeValue('past')).toBe('text "past"');
  });
  it('shortens long text by characters, never splitting one in half', () => {
    const shown = describeValue('😀'.repeat(41));
    expect(shown).toContain('…');
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect([...shown.replace(/^text "|…"$/g, '')]).toHaveLength(40);
  });
  it('keeps a message on one line: line breaks and quotes inside text are escaped', () => {
    const shown = describeValue('past\nfuture "x"');
    expect(shown).not.toContain('\n');
    expect(shown).toBe('text "past\\nfuture \\"x\\""');
  });
});
