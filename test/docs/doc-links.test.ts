// The docs point only at things that exist: every relative link in README.md, docs/ and
// examples/README.md resolves to a file (and its #anchor to a heading of that file), and every
// Markdown file a doc names in backticks (`docs/plugins.md`) is in the repository; "the spec" or
// "the design" is cited only as a link to a file here, never as a document readers cannot open.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const docs = globSync(['README.md', 'docs/**/*.md', 'examples/README.md'], { cwd: repo }).sort();

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchors = (file: string): Set<string> =>
  new Set(
    readFileSync(file, 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => slug(line.replace(/^#+ /, '').replace(/`/g, ''))),
  );

/** The prose of a Markdown file: fenced code blocks removed (they show commands and output). */
const prose = (file: string): string => readFileSync(join(repo, file), 'utf8').replace(/```[\s\S]*?```/g, '');

describe.each(docs)('%s', (doc) => {
  const text = prose(doc);
  const base = dirname(join(repo, doc));

  it('every relative link resolves, anchors included', () => {
    const broken: string[] = [];
    for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? join(repo, doc) : join(base, decodeURIComponent(path));
      if (!existsSync(file)) broken.push(`${target}: no such file`);
      else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor)) broken.push(`${target}: no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });

  it('every Markdown file it names in backticks exists', () => {
    const missing: string[] = [];
    for (const [, name = ''] of text.matchAll(/`([^`\s<>]+\.md)`/g)) {
      const candidates = [join(base, name), join(repo, name)];
      if (!candidates.some((c) => existsSync(c))) missing.push(`${name} (from ${relative(repo, base) || '.'})`);
    }
    expect(missing).toEqual([]);
  });

  it('cites a spec or design document only by a link to it', () => {
    const unlinked = text
      .replace(/\[[^\]]*\]\([^)]*\)/g, '')
      .match(/.{0,30}\b(?:the|language|cli) spec\b.{0,30}|.{0,30}\b(?:the|of the) design\b.{0,30}|.{0,30}\bdesign document\b.{0,30}/gi);
    expect(unlinked ?? []).toEqual([]);
  });
});
