// build README.md: each ```journey fence becomes <out>/<md name>-<n>.<ext>, the rewritten Markdown
// links their SVGs; diagnostics at the Markdown file's own lines and columns; --check, --persona,
// --jobs; a fence with errors writes nothing of its own; folders do not pick up Markdown.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';
import { start, stopAll } from '../support/watch-process.js';

afterEach(stopAll);

const indent = (text: string, prefix: string): string =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');

const BROKEN = 'title: Broken\nstages:\n  - name: Ship\n    touchpoints:\n      - name: Tracking\n        emotion: 9\n';

const README = [
  '# Journeys',
  '',
  '```journey',
  VALID_JOURNEY.trimEnd(),
  '```',
  '',
  '- In a list:',
  '',
  '  ```journey',
  indent(BROKEN, '  '),
  '  ```',
  '',
  '> ```journey title is free text after the info word',
  indent('title: Quoted [one]\npersonas: [{ id: maria, name: Maria }]\nstages: [Look]', '> '),
  '> ```',
  '',
  '```yaml',
  'not: a journey',
  '```',
  '',
].join('\n');

const BAD_LINE = README.split('\n').indexOf('          emotion: 9') + 1;

describe('build <file>.md', () => {
  it('writes one map per journey fence and the rewritten Markdown; errors at the Markdown lines', () => {
    const cwd = tempProject({ 'docs/README.md': README });
    const r = runCli(['build', 'docs/README.md', '-f', 'svg,html', '--reporter', 'json'], { cwd });
    expect(r.status).toBe(1);
    const [d, ...more] = JSON.parse(r.stdout) as { code: string; file: string; line: number; column: number }[];
    expect(more).toEqual([]);
    // "          emotion: 9" (list indent 2 + 8): the value starts at column 20.
    expect(README.split('\n')[BAD_LINE - 1]).toBe('          emotion: 9');
    expect(d).toMatchObject({ code: 'emotion-out-of-range', file: 'docs/README.md', line: BAD_LINE, column: 20 });
    const out = join(cwd, 'out', 'docs');
    expect(existsSync(join(out, 'README-1.svg'))).toBe(true);
    expect(existsSync(join(out, 'README-1.html'))).toBe(true);
    expect(existsSync(join(out, 'README-2.svg'))).toBe(false);
    expect(existsSync(join(out, 'README-3.svg'))).toBe(true);
    const svg = new DOMParser().parseFromString(readFileSync(join(out, 'README-1.svg'), 'utf8'), 'image/svg+xml');
    expect(svg.documentElement?.nodeName).toBe('svg');
    expect(svg.documentElement?.textContent).toContain('Sees an ad');
    const rewritten = readFileSync(join(out, 'README.md'), 'utf8');
    expect(rewritten).toBe(
      README.replace(/```journey\n[\s\S]*?\n```\n/, '![Test journey](README-1.svg)\n').replace(
        /> ```journey[^\n]*\n(> [^\n]*\n)*?> ```/,
        '> ![Quoted \\[one\\]](README-3.svg)',
      ),
    );
    // The broken fence stays as written.
    expect(rewritten).toContain('  ```journey\n  title: Broken');
  });

  it('pretty diagnostics show the Markdown line itself', () => {
    const cwd = tempProject({ 'README.md': README });
    const r = runCli(['build', 'README.md', '-f', 'svg'], { cwd });
    expect(r.status).toBe(1);
    expect(BAD_LINE).toBe(28);
    expect(r.stderr).toContain('--> README.md:28:20');
    expect(r.stderr).toContain('28 |           emotion: 9');
  });

  it('--check agrees with the build, also with --jobs 2; a changed fence makes its map stale', () => {
    const md = README.replace('emotion: 9', 'emotion: 2');
    const cwd = tempProject({ 'README.md': md });
    const build = runCli(['build', 'README.md', '-f', 'svg', '--jobs', '2'], { cwd });
    expect(build.stderr).toBe('wrote 4 files to out for 3 journeys\n');
    expect(build.status).toBe(0);
    expect(runCli(['build', 'README.md', '-f', 'svg', '--check'], { cwd }).status).toBe(0);
    writeFileSync(join(cwd, 'README.md'), md.replace('title: Broken', 'title: Fixed'));
    const check = runCli(['build', 'README.md', '-f', 'svg', '--check', '--no-cache'], { cwd });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(join('out', 'README-2.svg'));
    expect(check.stderr).toContain(join('out', 'README.md'));
    expect(check.stderr).not.toContain(join('out', 'README-1.svg'));
    // The cache tells fences apart: a rebuild updates fence 2 and the rewritten Markdown.
    expect(runCli(['build', 'README.md', '-f', 'svg'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'README-2.svg'), 'utf8')).toContain('Fixed');
    expect(readFileSync(join(cwd, 'out', 'README-1.svg'), 'utf8')).not.toContain('Fixed');
    expect(readFileSync(join(cwd, 'out', 'README.md'), 'utf8')).toContain('![Fixed](README-2.svg)');
    expect(runCli(['build', 'README.md', '-f', 'svg', '--check'], { cwd }).status).toBe(0);
  });

  it('--persona renders the fences that have the persona, the rewritten Markdown links their views', () => {
    const cwd = tempProject({ 'README.md': README.replace('emotion: 9', 'emotion: 2') });
    const r = runCli(['build', 'README.md', '-f', 'svg', '--persona', 'maria'], { cwd });
    expect(r.status).toBe(0);
    expect(existsSync(join(cwd, 'out', 'README-1.maria.svg'))).toBe(true);
    expect(existsSync(join(cwd, 'out', 'README-2.maria.svg'))).toBe(false);
    const rewritten = readFileSync(join(cwd, 'out', 'README.maria.md'), 'utf8');
    expect(rewritten).toContain('![Test journey](README-1.maria.svg)');
    expect(rewritten).toContain('> ![Quoted \\[one\\]](README-3.maria.svg)');
    expect(rewritten).toContain('  ```journey\n  title: Broken');
  });

  it('validate reads the fences too; a folder does not pick up Markdown; a glob ending in .md does', () => {
    const cwd = tempProject({ 'README.md': README });
    const v = runCli(['validate', 'README.md', '--reporter', 'json'], { cwd });
    expect(v.status).toBe(1);
    expect(JSON.parse(v.stdout)).toMatchObject([{ code: 'emotion-out-of-range', line: BAD_LINE, column: 20 }]);
    const dir = runCli(['build', '.', '-f', 'svg'], { cwd });
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('no journey found in .');
    const glob = runCli(['validate', '*.md', '--reporter', 'json'], { cwd });
    expect(glob.status).toBe(1);
  });

  it('usage errors: no svg among the formats; a Markdown file without fences', () => {
    const cwd = tempProject({ 'README.md': README, 'EMPTY.md': '# nothing\n\n```yaml\na: 1\n```\n' });
    const noSvg = runCli(['build', 'README.md', '-f', 'pdf'], { cwd });
    expect(noSvg.status).toBe(2);
    expect(noSvg.stderr).toContain('add svg to --format');
    const empty = runCli(['build', 'EMPTY.md'], { cwd });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no journey found in EMPTY.md');
  });

  it('the output manifest lists every fence’s outputs and the rewritten Markdown; --clean removes them with the file', () => {
    const cwd = tempProject({ 'README.md': README.replace('emotion: 9', 'emotion: 2'), 'a.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'README.md', 'a.journey.yaml', '-f', 'svg'], { cwd }).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(cwd, 'out', '.journeymap-manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest)).toContain('"README-1.svg","README-2.svg","README-3.svg","README.md"');
    rmSync(join(cwd, 'README.md'));
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg', '--clean'], { cwd });
    expect(r.status).toBe(0);
    for (const file of ['README-1.svg', 'README-2.svg', 'README-3.svg', 'README.md'])
      expect(existsSync(join(cwd, 'out', file))).toBe(false);
    expect(existsSync(join(cwd, 'out', 'a.svg'))).toBe(true);
  });

  it('--site has a card and a map page per fence', () => {
    const cwd = tempProject({ 'README.md': README.replace('emotion: 9', 'emotion: 2') });
    expect(runCli(['build', 'README.md', '--site', '-f', 'svg,html'], { cwd }).status).toBe(0);
    const index = readFileSync(join(cwd, 'out', 'index.html'), 'utf8');
    const pages = [...new Set([...index.matchAll(/href="(README-\d\.html)"/g)].map((m) => m[1]))];
    expect(pages.sort()).toEqual(['README-1.html', 'README-2.html', 'README-3.html']);
    for (const title of ['Test journey', 'Broken', 'Quoted [one]']) expect(index).toContain(title);
    expect(readFileSync(join(cwd, 'out', 'README-2.html'), 'utf8')).toContain('href="index.html"');
  });

  it('a rewritten Markdown that would overwrite its own input is refused', () => {
    const cwd = tempProject({ 'README.md': README.replace('emotion: 9', 'emotion: 2') });
    const r = runCli(['build', 'README.md', '-f', 'svg', '-o', '.'], { cwd });
    expect(r.status).toBe(2);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toContain('```journey');
  });

  it('--watch rebuilds a saved Markdown file: its fences and the rewritten Markdown', async () => {
    const cwd = tempProject({ 'README.md': README.replace('emotion: 9', 'emotion: 2') });
    const run = start(['build', 'README.md', '--watch', '-f', 'svg'], cwd);
    await run.waitFor(/watching .* for changes/);
    expect(readFileSync(join(cwd, 'out', 'README.md'), 'utf8')).toContain('![Test journey](README-1.svg)');
    const mark = run.stderr().length;
    writeFileSync(join(cwd, 'README.md'), README.replace('emotion: 9', 'emotion: 2').replace('title: Test journey', 'title: Saved again'));
    await run.waitFor(/\[watch\] 3 journeys: wrote/, mark);
    expect(readFileSync(join(cwd, 'out', 'README-1.svg'), 'utf8')).toContain('Saved again');
    expect(readFileSync(join(cwd, 'out', 'README.md'), 'utf8')).toContain('![Saved again](README-1.svg)');
  });
});
