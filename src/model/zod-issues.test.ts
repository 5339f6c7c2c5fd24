// Zod issues as diagnostics: the union branch the user meant, and messages that name the value.
import { describe, expect, it } from 'vitest';
import { journeySchema } from '../schema/journey.js';
import { parseSource } from '../source/parse-source.js';
import { validateWithSchema } from './validate.js';

function validate(text: string) {
  const { parsed } = parseSource({ path: 'j.journey.yaml', text });
  if (!parsed) throw new Error('test text must parse');
  return validateWithSchema(parsed, journeySchema).diagnostics.map((d) => ({
    code: d.code,
    at: `${d.span?.start.line}:${d.span?.start.column}`,
    text: text.slice(d.span?.start.offset, d.span?.end.offset),
    message: d.message,
    hint: d.hint,
  }));
}

describe('union issues', () => {
  it('a custom lane written as a mapping is checked as a custom lane, not as a built-in name', () => {
    const found = validate('title: T\nlanes: [{ id: X }]\nstages: [S]\n');
    expect(found.map((d) => [d.code, d.at, d.text])).toEqual([
      ['missing-required', '2:9', '{ id: X }'],
      ['invalid-id', '2:15', 'X'],
    ]);
  });
  it('a misspelt built-in lane name is still an unknown lane with a suggestion', () => {
    expect(validate('title: T\nlanes: [pain, 1]\nstages: [S]\n').map((d) => [d.code, d.at, d.hint])).toEqual([
      ['unknown-lane', '2:9', 'did you mean "pains"?'],
      ['unknown-lane', '2:15', expect.stringContaining('touchpoints')],
    ]);
  });
  it('an empty stage name is still "must not be empty"', () => {
    expect(validate('title: T\nstages: [""]\n').map((d) => [d.code, d.at])).toEqual([['invalid-value', '2:10']]);
  });
});

describe('messages', () => {
  it('an entry of a list is named as an entry, not as the whole list', () => {
    const found = validate('title: T\ntags: [a, 3]\nstages: [""]\n');
    expect(found.map((d) => d.message)).toEqual([
      'an entry of tags must be text, received the number 3',
      'an entry of stages must not be empty',
    ]);
  });
  it('says what was expected and what was received for an empty list', () => {
    const [d] = validate('title: T\nstages: [ ]\n');
    expect(d?.code).toBe('missing-required');
    expect(d?.message).toMatch(/stages needs at least 1 entry, received an empty list/);
  });
});
