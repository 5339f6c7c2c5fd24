// Property tests with exact expectations for the mistakes and tricks of part B: wherever a tab,
// a lone CR, a non-finite number, an invisible character or an oversized list lands in a valid
// journey, the one right diagnostic appears at the right place (or the journey still loads).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invisibleCharacters } from '../../src/lint/rules/invisible-characters.js';
import { BUDGETS } from '../../src/model/budgets.js';
import { loadJourney } from '../../src/model/load-journey.js';

const NO_FILES = { readFile: () => undefined };
const load = (text: string) => loadJourney({ path: 'j.journey.yaml', text }, NO_FILES);

const VALID = `title: Checkout journey
personas:
  - { id: maria, name: Maria, goals: [Pay fast] }
stages:
  - name: Browse
    objective: Find the product
    touchpoints:
      - name: Sees an ad
        emotion: 1
        pains: [Too many ads, Slow page]
      - name: Reads reviews
        thought: Is it any good?
  - name: Buy
    touchpoints:
      - name: Pays
        emotion: -1
        kpis: [{ name: Conversion, value: 40, target: 50 }]
`;
const LINES = VALID.split('\n');

/** 1-based line and column of a UTF-16 offset. */
function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

describe('careless edits of a valid journey', () => {
  it('a tab into the indentation of any line: one yaml-tab at the tab, or it still loads', () => {
    const indented = LINES.flatMap((line, i) => (/^ +\S/.test(line) ? [i] : []));
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...indented), fc.nat(), (lineIndex, at) => {
        const line = LINES[lineIndex] ?? '';
        const indent = line.length - line.trimStart().length;
        const column = at % indent;
        const lines = [...LINES];
        lines[lineIndex] = `${line.slice(0, column)}\t${line.slice(column + 1)}`;
        const { diagnostics } = load(lines.join('\n'));
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (errors.length === 0) return;
        refused++;
        expect(errors.map((d) => [d.code, d.span?.start.line, d.span?.start.column])).toEqual([['yaml-tab', lineIndex + 1, column + 1]]);
      }),
      { numRuns: 150 },
    );
    // Not vacuous: most tabs in a block's indentation are errors.
    expect(refused).toBeGreaterThan(50);
  });

  it('lone CR line ends give the same journey and the same places as LF', () => {
    const broken = fc.constantFrom('bogus: 1', 'emotion: 7', 'personas: [nobody]', 'kpis: x');
    fc.assert(
      fc.property(fc.constantFrom(8, 11, 15), broken, (after, extra) => {
        const lines = [...LINES];
        lines.splice(after, 0, `        ${extra}`);
        const lf = load(lines.join('\n'));
        const cr = load(lines.join('\r'));
        const where = (r: typeof lf) => r.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.column, d.span?.start.offset]);
        expect(where(cr)).toEqual(where(lf));
        expect(where(lf).length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('.inf, -.inf or .nan for any number: invalid-number at that value', () => {
    const numbers = [...VALID.matchAll(/(?<=: |\[)-?\d+(?=[,}\n\]])/g)].map((m) => m.index ?? 0);
    fc.assert(
      fc.property(fc.constantFrom(...numbers), fc.constantFrom('.inf', '-.inf', '.nan', '.NaN', '-.Inf'), (offset, bad) => {
        const number = /^-?\d+/.exec(VALID.slice(offset))?.[0] ?? '';
        const text = VALID.slice(0, offset) + bad + VALID.slice(offset + number.length);
        const { diagnostics } = load(text);
        expect(diagnostics.map((d) => [d.code, d.span?.start.offset])).toEqual([['invalid-number', offset]]);
        expect(diagnostics[0]?.message).toMatch(/must be a finite number, received (-?Infinity|NaN)$/);
      }),
      { numRuns: 60 },
    );
  });

  it('an invisible character anywhere in a text: one warning at exactly its line:col', () => {
    // Offsets inside plain text values (after "name: ", "objective: ", "thought: ").
    const texts = [...VALID.matchAll(/(?:name|objective|thought): ([A-Z][^\n,}]*)/g)].flatMap((m) => {
      const start = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
      return Array.from({ length: (m[1]?.length ?? 1) - 1 }, (_, i) => start + 1 + i);
    });
    const chars = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u200B',
      '\u2060',
      '\uFEFF',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...chars), (offset, ch) => {
        const text = VALID.slice(0, offset) + ch + VALID.slice(offset);
        const { journey, diagnostics } = load(text);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const warnings = invisibleCharacters.check(journey!);
        const [line, column] = lineCol(text, offset);
        expect(warnings.map((d) => [d.span?.start.line, d.span?.start.column, d.span?.end.offset])).toEqual([[line, column, offset + 1]]);
        expect(warnings[0]?.message).toContain(`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
      }),
      { numRuns: 150 },
    );
  });

  it('a list of n items: budget-exceeded exactly when n is over its budget, at the list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: BUDGETS.listItems.limit + 30 }),
        fc.constantFrom('pains', 'opportunities', 'systems'),
        (n, field) => {
          const items = Array.from({ length: n }, (_, i) => `item ${i}`).join(', ');
          const text = VALID.replace('      - name: Reads reviews\n', `      - name: Reads reviews\n        ${field}: [${items}]\n`);
          const budget = load(text).diagnostics.filter((d) => d.code === 'budget-exceeded');
          if (n <= BUDGETS.listItems.limit) expect(budget).toEqual([]);
          else
            expect(budget.map((d) => [d.message, d.span?.start.line, d.span?.start.column])).toEqual([
              [`"${field}" holds ${n} items; the budget is 50 items per list`, 12, field.length + 11],
            ]);
        },
      ),
      { numRuns: 80 },
    );
  });
});
