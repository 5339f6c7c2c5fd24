// `.inf`, `-.inf` and `.nan` are numbers to YAML but nothing a map can draw: every number field
// says it must be finite (invalid-number), at the value, whatever the shape of its schema.
import { describe, expect, it } from 'vitest';
import { loadJourney } from './load-journey.js';

const load = (text: string) => loadJourney({ path: 'j.journey.yaml', text }, { readFile: () => undefined });
const where = (text: string) => load(text).diagnostics.map((d) => [d.code, d.message, d.span?.start.line, d.span?.start.column]);

const tp = (line: string) => `title: T\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        ${line}\n`;

describe('non-finite numbers', () => {
  it('emotion: .inf (a number or a mapping) must be finite', () => {
    expect(where(tp('emotion: .inf'))).toEqual([['invalid-number', 'emotion must be a finite number, received Infinity', 6, 18]]);
  });
  it('emotion per persona: -.inf and .nan', () => {
    expect(where(tp('emotion: { customer: -.inf }'))).toEqual([
      ['invalid-number', 'emotion of "customer" must be a finite number, received -Infinity', 6, 30],
    ]);
    expect(where(tp('emotion: { customer: .nan }'))[0]?.slice(0, 1)).toEqual(['invalid-number']);
  });
  it('KPI value, target and baseline, and persona age', () => {
    const text =
      'title: T\npersonas: [{ name: P, age: .nan }]\nkpis: [{ name: K, value: .inf, target: .NaN, baseline: -.Inf }]\nstages: [A]\n';
    expect(load(text).diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.column])).toEqual([
      ['invalid-number', 2, 28],
      ['invalid-number', 3, 26],
      ['invalid-number', 3, 40],
      ['invalid-number', 3, 56],
    ]);
  });
  it('a text field given .inf is asked to be quoted, not to be finite', () => {
    const [d] = load('title: .inf\nstages: [A]\n').diagnostics;
    expect([d?.code, d?.hint]).toEqual(['invalid-type', 'put it in quotes: "Infinity"']);
  });
});
