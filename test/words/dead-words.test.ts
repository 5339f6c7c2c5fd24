// No dead words: every id of the catalogue (src/words/en.ts) is used by the code that shows it, so
// a translator never translates a word no output prints. An id counts as used when src/ (outside
// the catalogue) quotes it; a counted phrase (`x.one`/`x.other`) when sayCount's base 'x' is quoted;
// a built-in lane's title (`lane.<id>`) when the lane exists (view/lane-title.ts looks it up by id).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LANES } from '../../src/model/journey.js';
import { en, type WordId } from '../../src/words/en.js';

const SRC = resolve(import.meta.dirname, '../../src');
const CATALOGUE = join(SRC, 'words', 'en.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && path !== CATALOGUE ? [path] : [];
  });
}

const code = sourceFiles(SRC).map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }));
const quoted = (id: string): boolean => code.some(({ text }) => text.includes(`'${id}'`) || text.includes(`"${id}"`));
const laneTitleLookup = code.some(({ file, text }) => file === join('view', 'lane-title.ts') && text.includes('`lane.${lane.id}`'));

function used(id: WordId): boolean {
  const counted = /^(.*)\.(one|other)$/.exec(id);
  if (counted) return quoted(counted[1]!);
  const lane = /^lane\.(\w+)$/.exec(id);
  if (lane && laneTitleLookup && (BUILTIN_LANES as readonly string[]).includes(lane[1]!)) return true;
  return quoted(id);
}

describe('the word catalogue', () => {
  it('finds the code that shows words', () => {
    expect(code.length).toBeGreaterThan(50);
    expect(laneTitleLookup).toBe(true);
  });

  it('has no dead words: every id is used somewhere in src/', () => {
    const dead = (Object.keys(en) as WordId[]).filter((id) => !used(id));
    expect(dead).toEqual([]);
  });

  it('has every counted phrase in both forms', () => {
    const ids = Object.keys(en);
    const bases = new Set(ids.flatMap((id) => (/^(.*)\.(one|other)$/.exec(id) ? [id.replace(/\.(one|other)$/, '')] : [])));
    for (const base of bases) expect([ids.includes(`${base}.one`), ids.includes(`${base}.other`)], base).toEqual([true, true]);
  });

  it('fills slots and picks plural forms by the locale rules', async () => {
    const { say, sayCount } = await import('../../src/words/say.js');
    expect(say(en, 'pdf.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(sayCount(en, 'cli.files', 1)).toBe('1 file');
    expect(sayCount(en, 'cli.files', 0)).toBe('0 files');
    expect(sayCount(en, 'cli.files', 2)).toBe('2 files');
    // A French catalogue says "0 fichier": 0 is singular there; Japanese has one form only.
    const fr = { ...en, 'meta.locale': 'fr', 'cli.files.one': '{n} fichier', 'cli.files.other': '{n} fichiers' };
    expect([0, 1, 2].map((n) => sayCount(fr, 'cli.files', n))).toEqual(['0 fichier', '1 fichier', '2 fichiers']);
    const ja = { ...en, 'meta.locale': 'ja', 'cli.files.one': '(never)', 'cli.files.other': '{n} 個のファイル' };
    expect([0, 1, 2].map((n) => sayCount(ja, 'cli.files', n))).toEqual(['0 個のファイル', '1 個のファイル', '2 個のファイル']);
  });
});
