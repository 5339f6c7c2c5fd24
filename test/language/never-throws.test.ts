// Bad input is a first-class user: whatever bytes or YAML arrive, the front end never throws,
// every diagnostic is well-formed (a known code, a span inside the file), and whatever it accepts
// lays out and renders. Property tests over raw bytes, random text and journey-shaped YAML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { isCode } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadJourney } from '../../src/model/load-journey.js';
import { renderSvg } from '../../src/render/svg/render-svg.js';
import { decodeSource } from '../../src/source/decode-source.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { sceneOf } from '../support/view.js';
import { memoryHost } from './hosts.js';

const FILE = 'maps/fuzz.journey.yaml';
// Language 1.1 inputs the documents below may name: a KPI data file (CSV and JSON, one with a bad
// cell), a journey to compare with or to detail a step with, and this very file (a cycle).
const host = memoryHost({
  'maps/lib.yaml': 'personas: [{ id: lib, name: Lib }]\n',
  'maps/data.csv': 'date,value,late\n2026-01,1.5,\n2026-02,2,x\n2026-03-01,-3,4\n',
  'maps/data.json': '[{ "date": "2026-01", "value": 3 }, { "date": "2026-02", "value": null }]',
  'maps/other.journey.yaml':
    'title: Other\npersonas: [{ id: maria, name: Maria }]\nstages: [{ name: S, touchpoints: [{ id: a, name: A, emotion: -1 }] }]\n',
});

function expectWellFormed(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    expect(isCode(d.code), d.code).toBe(true);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.message.length).toBeGreaterThan(0);
    if (!d.span) {
      expect(d.file).toBeDefined();
      continue;
    }
    const { start, end } = d.span;
    expect(start.line).toBeGreaterThanOrEqual(1);
    expect(start.line).toBeLessThanOrEqual(lines + 1);
    expect(start.column).toBeGreaterThanOrEqual(1);
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(start.offset).toBeLessThanOrEqual(end.offset);
    expect(end.offset).toBeLessThanOrEqual(text.length);
  }
}

/** Decodes and loads like the CLI; accepted journeys must lay out and render too. */
function compileBytes(bytes: Uint8Array): void {
  const decoded = decodeSource(FILE, bytes);
  if (!decoded.source) {
    expect(decoded.diagnostics.length).toBeGreaterThan(0);
    return;
  }
  const { journey, diagnostics } = loadJourney(decoded.source, host);
  expectWellFormed(diagnostics, decoded.source.text);
  const failed = diagnostics.some((d) => d.severity === 'error');
  expect(failed || journey !== undefined).toBe(true);
  if (!failed && journey) renderSvg(sceneOf(journey, { theme: defaultTheme }), { assets: { get: () => undefined } });
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// Keys of the language (and near misses), so random documents reach deep into the schema.
const KEY = fc.constantFrom(
  'title',
  'stages',
  'personas',
  'channels',
  'lanes',
  'kpis',
  'imports',
  'name',
  'id',
  'touchpoints',
  'emotion',
  'pains',
  'opportunities',
  'critical',
  'channel',
  'evidence',
  'link',
  'fields',
  'value',
  'target',
  'better',
  'color',
  'image',
  'objective',
  'state',
  'tags',
  '__proto__',
  'constructor',
  'oportunities',
  'wait',
  'duration',
  'fails',
  'recovery',
  'map',
  'compare',
  'data',
  'file',
  'column',
  'locale',
  'baseline',
);
const LEAF = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'maria',
    'lib',
    'current',
    'lower',
    'https://x.y',
    'javascript:x',
    '../x.png',
    'lib.yaml',
    '#abc',
    -3,
    2,
    1.5,
    true,
    null,
  ),
  fc.constantFrom(
    '2d',
    '1h30m',
    '2 days',
    '-3h',
    './data.csv',
    'data.json',
    'late',
    './other.journey.yaml',
    './fuzz.journey.yaml',
    'missing.csv',
    'de',
  ),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
);
const { value: JOURNEYISH } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, LEAF, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(KEY, tie('value'), { maxKeys: 6 }),
}));
const DOCUMENT = fc
  .record({ title: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), LEAF), stages: JOURNEYISH }, { requiredKeys: [] })
  .chain((base) => fc.dictionary(KEY, JOURNEYISH, { maxKeys: 5 }).map((extra) => ({ ...extra, ...base })));

describe('the front end never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => compileBytes(bytes)),
      { numRuns: 300 },
    );
  });

  it('on random text, including YAML punctuation', () => {
    const yamlish = fc.stringMatching(/^[-:{}[\]&*!|>'"#%@`,?\s\ta-z0-9\u00e9\u{1f680}\r\n]{0,120}$/u);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), yamlish), (text) => compileBytes(encode(text))),
      {
        numRuns: 400,
      },
    );
  });

  it('on journey-shaped YAML documents', () => {
    fc.assert(
      fc.property(DOCUMENT, (doc) => compileBytes(encode(stringify(doc)))),
      { numRuns: 300 },
    );
  });

  // What careless users and hostile files bring (test/hostile/ has the exact expectations): stray
  // tabs, old-Mac line ends, .inf/.nan, bidi and zero-width characters, lists past their budget.
  it('on journey-shaped documents with hostile edits', () => {
    const HOSTILE = fc.constantFrom(
      '\t',
      '\r',
      '.inf',
      '-.nan',
      '\u202E',
      '\u200B',
      '\uFEFF',
      '"\\u2066"',
      `[${'x,'.repeat(60)}x]`,
      'x'.repeat(2100),
    );
    const edited = fc.tuple(DOCUMENT, fc.array(fc.tuple(fc.nat(), HOSTILE), { minLength: 1, maxLength: 4 })).map(([doc, edits]) => {
      let text = stringify(doc);
      for (const [at, insert] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + insert + text.slice(i);
      }
      return text;
    });
    fc.assert(
      fc.property(edited, (text) => compileBytes(encode(text))),
      { numRuns: 300 },
    );
  });
});

describe('the 1.1 inputs the fuzzed documents can reach', () => {
  it('resolve: a document naming them loads its compare journey and its KPI series', () => {
    const text =
      'title: T\npersonas: [{ id: maria, name: Maria }]\ncompare: ./other.journey.yaml\nkpis: [{ name: K, data: ./data.csv }, { name: L, data: { file: data.csv, column: late } }]\nstages: [{ name: S, touchpoints: [{ id: a, name: A, emotion: 1, wait: 2d }] }]\n';
    const { journey, diagnostics } = loadJourney({ path: FILE, text }, host);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([
      expect.stringMatching(/^data-invalid /),
    ]);
    expect(journey).toBeUndefined();
    const clean = loadJourney({ path: FILE, text: text.replace(', { name: L, data: { file: data.csv, column: late } }', '') }, host);
    expect(clean.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(clean.journey?.compare?.title).toBe('Other');
    expect(clean.journey?.kpis[0]?.series?.points.map((p) => p.value)).toEqual([1.5, 2, -3]);
    compileBytes(encode(text));
  });
});
