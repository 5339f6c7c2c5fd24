// invisible-characters: every bidi control and zero-width character, raw or escaped, in the journey
// or an imported library, at its exact line:col and named; joiners that a script or an emoji
// needs are left alone.
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../model/load-journey.js';
import type { Host } from '../../source/source-file.js';
import { lintJourney } from '../lint-journey.js';
import { invisibleCharacters } from './invisible-characters.js';

const host = (files: Record<string, string> = {}): Host => ({
  readFile: (path) => (Object.hasOwn(files, path) ? new TextEncoder().encode(files[path]) : undefined),
});
function warnings(text: string, files?: Record<string, string>) {
  const { journey, diagnostics } = loadJourney({ path: 'j.journey.yaml', text }, host(files));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!journey) throw new Error('did not load');
  return invisibleCharacters
    .check(journey)
    .map((d) => [`${d.span?.file}:${d.span?.start.line}:${d.span?.start.column}-${d.span?.end.column}`, d.message]);
}

describe('invisible-characters', () => {
  it('names U+202E RIGHT-TO-LEFT OVERRIDE at its exact column', () => {
    expect(warnings('title: T\nstages:\n  - name: Pay the \u202Eexe.txt invoice\n')).toEqual([
      [
        'j.journey.yaml:3:19-20',
        'invisible character U+202E RIGHT-TO-LEFT OVERRIDE: it changes the direction of the text around it, so the map can read differently from what the source seems to say',
      ],
    ]);
  });
  it('finds each kind: isolates, marks, zero-width space, word joiner, BOM inside text', () => {
    const chars = [
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u200E',
      '\u200F',
      '\u200B',
      '\u2060',
      '\uFEFF',
    ];
    const text = `title: T\nstages:\n${chars.map((c, i) => `  - name: S${i}${c}x\n`).join('')}`;
    const found = warnings(text);
    expect(found.map(([where]) => where)).toEqual(
      chars.map((_, i) => `j.journey.yaml:${3 + i}:${13 + (i >= 10 ? 1 : 0)}-${14 + (i >= 10 ? 1 : 0)}`),
    );
    expect(found[10]?.[1]).toBe('invisible character U+200B ZERO WIDTH SPACE: it cannot be seen, so the text holds more than it shows');
    expect(found[12]?.[1]).toContain('U+FEFF ZERO WIDTH NO-BREAK SPACE');
  });
  it('an escape in double quotes, at the escape; an escaped backslash is not one', () => {
    const found = warnings('title: T\nstages:\n  - name: "Pay \\u202Eexe"\n  - name: "Path C:\\\\u202E"\n');
    expect(found).toEqual([['j.journey.yaml:3:16-22', expect.stringContaining('U+202E RIGHT-TO-LEFT OVERRIDE (written as an escape)')]]);
  });
  it('adjacent characters are one warning; keys and comments count too', () => {
    const found = warnings('title: T # \u202E\u2066 hidden\nstages: [A]\n');
    expect(found).toEqual([
      [
        'j.journey.yaml:1:12-14',
        expect.stringMatching(/^2 invisible characters \(U\+202E RIGHT-TO-LEFT OVERRIDE, U\+2066 LEFT-TO-RIGHT ISOLATE\)/),
      ],
    ]);
  });
  it('in an imported library, at the library', () => {
    const found = warnings('title: T\nimports: [lib.yaml]\nstages: [A]\n', { 'lib.yaml': 'personas:\n  - name: Ma\u200Bria\n' });
    expect(found).toEqual([['lib.yaml:2:13-14', expect.stringContaining('U+200B ZERO WIDTH SPACE')]]);
  });
  it('leaves joiners in emoji and scripts alone, and a leading BOM', () => {
    expect(warnings('\uFEFFtitle: 👩\u200D💻 and می\u200Cخواهم\nstages: [A]\n')).toEqual([]);
    // …but a joiner hidden in ASCII text is reported.
    expect(warnings('title: pay\u200Dpal\nstages: [A]\n')).toEqual([
      ['j.journey.yaml:1:11-12', expect.stringContaining('U+200D ZERO WIDTH JOINER')],
    ]);
  });
  it('at most 20 warnings per file, the last saying how many more', () => {
    const text = `title: T\nstages:\n${Array.from({ length: 25 }, (_, i) => `  - name: S${i}\u200Bx\n`).join('')}`;
    const found = warnings(text);
    expect(found).toHaveLength(20);
    expect(found[19]?.[1]).toContain('(5 more in this file not listed)');
  });
  it('is one of the rules lint runs, and a clean journey has none', () => {
    const { journey } = loadJourney({ path: 'j.journey.yaml', text: 'title: Ta\u202Ex\nstages: [A]\n' }, host());
    expect(lintJourney(journey!).map((d) => d.code)).toContain('invisible-characters');
    expect(warnings('title: Clean\nstages: [A]\n')).toEqual([]);
  });
});
