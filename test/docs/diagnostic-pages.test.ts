// Every code the program can print has a page: the catalogue in src/diagnostics/codes.ts, every
// `code: '…'` literal in src/ and every `error[…]`/`warning[…]` a reporter prints itself (such as
// build --check's `error[check]`). Each page is listed in docs/diagnostics/README.md, and no page
// is left for a code the program no longer has.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';

const repo = join(import.meta.dirname, '../..');
const pages = join(repo, 'docs/diagnostics');

function codesInSource(): string[] {
  const found = new Set<string>(Object.keys(CODES));
  for (const file of globSync('src/**/*.ts', { cwd: repo, ignore: ['**/*.test.ts'] })) {
    const text = readFileSync(join(repo, file), 'utf8');
    for (const m of text.matchAll(/\bcode: '([a-z0-9-]+)'/g)) found.add(m[1] ?? '');
    for (const m of text.matchAll(/\b(?:error|warning)\[([a-z0-9-]+)\]/g)) found.add(m[1] ?? '');
  }
  return [...found].sort();
}

describe('diagnostic pages', () => {
  const codes = codesInSource();
  const index = readFileSync(join(pages, 'README.md'), 'utf8');

  it('the scan finds the catalogue and the codes reporters print themselves', () => {
    expect(codes).toContain('unknown-persona');
    expect(codes).toContain('check');
  });

  it.each(codes)('%s has a page titled with the code, listed in the index', (code) => {
    const page = join(pages, `${code}.md`);
    expect(existsSync(page), `docs/diagnostics/${code}.md is missing`).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${code}`);
    expect(text).toMatch(/^Severity: (error|warning)$/m);
    expect(text).toContain('## How to fix');
    expect(index).toContain(`[\`${code}\`](${code}.md)`);
  });

  it('every page is about a code the program has', () => {
    const stale = readdirSync(pages)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -3))
      .filter((code) => !codes.includes(code));
    expect(stale).toEqual([]);
  });
});
