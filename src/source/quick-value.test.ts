// quickValue may answer only where yaml would give the same value without an error or a warning.
// Every YAML file of the repository, then thousands of generated documents and scalars, are read
// by both; any text quickValue accepts must be one yaml reads alike.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { collectFieldSpans, fieldSpanSpec } from '../model/field-spans.js';
import { parseSource } from './parse-source.js';
import { quickValue } from './quick-value.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** yaml's reading, as parse-source composes it: errors, warnings and the plain value. */
function yamlReading(text: string): { problems: number; value?: unknown } {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, resolveKnownTags: false, logLevel: 'error' });
  const problems = doc.errors.length + doc.warnings.length;
  if (problems > 0) return { problems };
  try {
    return { problems, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { problems: 1 };
  }
}

/** Fails with the text when quickValue accepts something yaml reads otherwise. */
function agrees(text: string): boolean {
  const quick = quickValue(text);
  if (quick === undefined) return false;
  const yaml = yamlReading(text);
  expect({ text, problems: yaml.problems }).toEqual({ text, problems: 0 });
  expect({ text, value: quick }).toStrictEqual({ text, value: yaml.value });
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** A small deterministic generator (mulberry32), so a failure names a reproducible text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('quickValue', () => {
  it('reads every YAML file of the repository as yaml does, or leaves it to yaml', () => {
    const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))];
    expect(files.length).toBeGreaterThan(50);
    const accepted = files.filter((file) => agrees(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')));
    // Most of them are plain journeys: the quick path is the common one.
    expect(accepted.length).toBeGreaterThan(files.length / 2);
  });

  it('resolves plain scalars by yaml 1.2 core rules, in block and flow, as keys and values', () => {
    const next = random(1);
    const alphabet = [
      '0',
      '1',
      '7',
      '9',
      '-',
      '+',
      '.',
      'e',
      'E',
      'x',
      'o',
      'b',
      '_',
      'a',
      'f',
      'n',
      'inf',
      'nan',
      'NaN',
      'Inf',
      'true',
      'False',
      'null',
      'NULL',
      '~',
      ':',
      '#',
      ' ',
      "'",
      '"',
      '\\',
      '0x',
      '0o',
      '0b',
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      '\n',
      '\n  ',
      '@',
      '`',
      '%',
    ];
    let accepted = 0;
    for (let i = 0; i < 4000; i++) {
      let scalar = '';
      const length = 1 + Math.floor(next() * 6);
      for (let j = 0; j < length; j++) scalar += alphabet[Math.floor(next() * alphabet.length)];
      const texts = [
        `k: ${scalar}\n`,
        `k: [${scalar}, x]\n`,
        `k:\n  - ${scalar}\n`,
        `${scalar}: v\n`,
        `k: "${scalar}"\n`,
        `k: '${scalar}'\n`,
        `k: {a: ${scalar}}\n`,
      ];
      for (const text of texts) if (agrees(text)) accepted++;
    }
    expect(accepted).toBeGreaterThan(8000);
  });

  it('reads documents of random lines (indentation, block scalars, quotes, comments, flow) as yaml does', () => {
    const next = random(2);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    // Lines of every kind a journey has, and some it should not; at random indentation, most of
    // these documents are errors, which quickValue must leave to yaml.
    const lines = [
      'a:',
      'b: 1',
      'c: text here',
      '- x',
      '- y: 2',
      '- - z',
      '-',
      'k: |',
      'k: >-',
      'k: |+',
      'plain line',
      'more words',
      '# comment',
      '',
      'd: "q',
      'uoted"',
      "e: 'it''s'",
      'f: [1, 2]',
      'g: {h: 1}',
      'i: a # c',
      'j:  ',
      '"k": v',
      "'l': v",
      'm: -1.5',
      'n: .5',
      'o: ~',
      'p: 0x1F',
      'q: "\\u00e9"',
      'r: a: b',
      's: a:b',
      't: "a\\',
      '- "x"',
      '- [a]',
      'u: - v',
      'w: >',
      '  folded',
      'x:: y',
      ': v',
      'z: @at',
      'zz: `b`',
      'é: ü',
      '🙂: 1',
    ];
    let accepted = 0;
    for (let i = 0; i < 20000; i++) {
      const count = 1 + Math.floor(next() * 6);
      const text = Array.from({ length: count }, () => ' '.repeat(pick([0, 0, 0, 1, 2, 2, 4, 3, 6])) + pick(lines)).join('\n');
      if (agrees(text + pick(['\n', '', '\n\n']))) accepted++;
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it('leaves to yaml what only yaml reads right or reports', () => {
    const left = [
      'a: &x [1]\nb: *x\n', // an alias: yaml bounds its expansion
      'a: !!binary aGk=\n', // a tag
      '~: 1\n', // a null key: "" to yaml
      '__proto__: 1\n', // a forbidden key
      'a: 1\na: 2\n', // a duplicate key
      'a: 1\n---\nb: 2\n', // two documents
      'a:\n\tb: 1\n', // a tab
      '%YAML 1.1\n---\na: 1\n', // a directive
      '? a\n: 1\n', // a complex key
      `a: ${'['.repeat(70)}${']'.repeat(70)}\n`, // deeper than MAX_NESTING
      'a: [1, 2\n', // a syntax error
      'k: "a"#b\n', // js-yaml reads a comment, yaml an error
      'k: {a: 1,\n  b: 2}\n', // a flow collection over two lines
      'k: { [a]: 1 }\n', // a collection as a key
      'k: |+\n  kept\n  ', // a keep indicator
      'k:\n   |\n  #: v\n', // a block scalar's indicator alone on its line, its content left of it
      'k: [{1}:7, x]\n', // a collection as a key in flow, the value straight after the colon
      ' w: >\n   \n  # comment', // a block scalar's leading blank line more indented than its text
    ];
    for (const text of left) expect({ text, value: quickValue(text) }).toEqual({ text, value: undefined });
  });

  it('leaves a megabyte of brackets to yaml at once (its checks are linear: a quadratic one would not finish)', () => {
    for (const text of ['{'.repeat(1 << 20), `k: ${'[a, '.repeat(250000)}`, `${'] '.repeat(500000)}:`, `${'-'.repeat(1 << 20)}\n`]) {
      expect(quickValue(text)).toBeUndefined();
    }
  });
});

describe('parseSource without composing', () => {
  const examples = yamlFiles(join(ROOT, 'examples')).filter((file) => file.endsWith('.journey.yaml'));

  it('gives the value, positions, field spans and invisible characters a composed read gives', () => {
    for (const file of examples) {
      const source = { path: file.slice(ROOT.length), text: readFileSync(file, 'utf8') };
      const quick = parseSource(source).parsed;
      const full = parseSource(source, { compose: true }).parsed;
      if (!quick || !full) throw new Error(`${file} did not parse`);
      expect(quick.composed).toBe(false);
      expect(quick.value).toStrictEqual(full.value);
      const stages = quick.value.stages as { touchpoints?: unknown[] }[];
      stages.forEach((stage, s) => {
        for (const which of ['key', 'value'] as const)
          expect(quick.locate(['stages', s], which)).toEqual(full.locate(['stages', s], which));
        (stage.touchpoints ?? []).forEach((touchpoint, t) => {
          const path = ['stages', s, 'touchpoints', t];
          const spec = fieldSpanSpec(['name', 'action', 'emotion', 'critical'], ['pains', 'opportunities'], ['fields']);
          const input = touchpoint as Record<string, unknown>;
          expect(collectFieldSpans(quick, path, input, spec)).toEqual(collectFieldSpans(full, path, input, spec));
        });
      });
      expect(quick.invisibleCharacters).toEqual(full.invisibleCharacters);
    }
  });

  it('composes only when a position is read', () => {
    const quick = parseSource({ path: 'j.journey.yaml', text: 'title: A\nstages:\n  - name: S\n' }).parsed;
    if (!quick) throw new Error('not parsed');
    const span = quick.locate(['stages', 0, 'name']);
    expect(quick.composed).toBe(false);
    expect(span.file).toBe('j.journey.yaml');
    expect(span.start).toEqual({ line: 3, column: 11, offset: 27 });
    expect(JSON.parse(JSON.stringify(span)).end).toEqual({ line: 3, column: 12, offset: 28 });
  });

  it('composes a data file (a sequence at the top) as a sequence when a position is read', () => {
    const quick = parseSource(
      { path: 'data/rows.json', text: '[{"date": "2026-01", "value": 1},\n {"date": "2026-02", "value": "x"}]\n' },
      { sequence: true },
    ).parsed;
    expect(quick?.composed).toBe(true); // a flow collection over two lines is left to yaml
    const rows = parseSource(
      { path: 'data/rows.yaml', text: '- date: 2026-01\n  value: 1\n- date: 2026-02\n  value: x\n' },
      { sequence: true },
    ).parsed;
    expect(rows?.composed).toBe(false);
    expect(rows?.locate([1, 'value']).start).toEqual({ line: 4, column: 10, offset: 52 });
  });

  it('finds invisible characters, raw and escaped, in a file it did not compose', () => {
    const quick = parseSource({ path: 'j.journey.yaml', text: 'title: "a\\u202Eb"\nname: c\u200Bd\n' }).parsed;
    expect(quick?.invisibleCharacters.map((c) => [c.codePoint, c.escaped, c.span.start.line])).toEqual([
      [0x202e, true, 1],
      [0x200b, false, 2],
    ]);
  });
});
