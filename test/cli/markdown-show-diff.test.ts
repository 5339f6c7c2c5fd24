// show and diff read a Markdown file as build does: its ```journey fence, with diagnostics at the
// Markdown file's own lines; of several fences the first (as --help says); none is a usage error.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

const fence = (body: string) => `\`\`\`journey\n${body}\`\`\`\n`;
const CHECKOUT = (emotion: number, extra = '') =>
  `title: Checkout\nstages:\n  - name: Buy\n    touchpoints:\n      - id: pays\n        name: Pays\n        emotion: ${emotion}\n${extra}`;

describe('show and diff of a Markdown file', () => {
  const dir = tempProject({
    'README.md': `# Notes\n\nSome text.\n\n${fence(CHECKOUT(1))}\nMore.\n\n${fence('title: Second\nstages: [{ name: S, touchpoints: [X] }]\n')}`,
    'old.md': `# Old\n\n${fence(CHECKOUT(-1))}`,
    'broken.md': `# Broken\n\n${fence(CHECKOUT(-1, '        personas: [marie]\n'))}`,
    'none.md': '# Nothing here\n\n```yaml\ntitle: not a journey fence\n```\n',
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('show prints the first fence’s map', () => {
    const r = runCli(['show', 'README.md'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Checkout');
    expect(r.stdout).toContain('• Pays');
    expect(r.stdout).not.toContain('Second');
  });

  it('diff compares two Markdown files, and standard input beside a Markdown file', () => {
    const r = runCli(['diff', 'old.md', 'README.md'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('~ touchpoint pays: emotion customer -1 → 1 (+2)\n');
    const piped = runCli(['diff', '-', 'README.md'], { cwd: dir, stdin: `# Old\n\n${fence(CHECKOUT(-1))}` });
    expect(piped.stdout).toBe(r.stdout);
  });

  it('reports a broken fence at the Markdown file’s line and column', () => {
    for (const args of [
      ['show', 'broken.md'],
      ['diff', 'broken.md', 'README.md'],
    ]) {
      const r = runCli([...args, '--reporter', 'json'], { cwd: dir });
      expect(r.status).toBe(1);
      const found = JSON.parse(r.stderr) as {
        code: string;
        file: string;
        line: number;
        column: number;
      }[];
      expect(found.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual(['unknown-persona broken.md:11:20']);
    }
  });

  it('a Markdown file without a journey fence is a usage error', () => {
    const r = runCli(['show', 'none.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('none.md has no ```journey fence');
  });

  it('--help says which fence is read', () => {
    const help = (command: string) => runCli([command, '--help'], { cwd: dir }).stdout.replace(/\s+/g, ' ');
    expect(help('show')).toContain('a Markdown file (its first ```journey fence)');
    expect(help('diff')).toContain('of a Markdown file, its first ```journey fence');
  });
});
