import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestionHint } from './did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit', () => {
    expect(editDistance('oportunities', 'opportunities')).toBe(1);
    expect(editDistance('pains', 'pain')).toBe(1);
    expect(editDistance('maria', 'marie')).toBe(1);
    expect(editDistance('teh', 'the')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('is symmetric', () => {
    for (const [a, b] of [
      ['kitten', 'sitting'],
      ['flaw', 'lawn'],
      ['abc', ''],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('didYouMean', () => {
  const keys = ['title', 'stages', 'personas', 'opportunities', 'pains'];
  it('suggests the closest key', () => {
    expect(didYouMean('oportunities', keys)).toBe('opportunities');
    expect(didYouMean('stags', keys)).toBe('stages');
    expect(didYouMean('Title', keys)).toBe('title');
  });
  it('suggests nothing for unrelated words or an empty list', () => {
    expect(didYouMean('banana', keys)).toBeUndefined();
    expect(didYouMean('x', keys)).toBeUndefined();
    expect(didYouMean('title', [])).toBeUndefined();
  });
  it('never suggests the value itself', () => {
    expect(didYouMean('title', ['title'])).toBeUndefined();
  });
  it('prefers the nearer candidate', () => {
    expect(didYouMean('marie', ['mario', 'maria', 'marie-claire'])).toBe('mario');
    expect(didYouMean('toom', ['tom', 'room'])).toBe('tom');
  });
});

describe('suggestionHint', () => {
  it('suggests the close candidate, else says what is allowed', () => {
    expect(suggestionHint('marie', ['maria', 'tom'], 'defined personas: maria, tom')).toBe('did you mean "maria"?');
    expect(suggestionHint('zzz', ['maria', 'tom'], 'defined personas: maria, tom')).toBe('defined personas: maria, tom');
  });
});
