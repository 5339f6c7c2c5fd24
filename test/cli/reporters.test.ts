// The three reporters through the real CLI: json (one array on stdout), github annotations,
// pretty colour rules (NO_COLOR, FORCE_COLOR, not a TTY).
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const ANSI = /\u001b\[/;

describe('reporters', () => {
  const cwd = tempProject({
    'maps/ok.journey.yaml': VALID_JOURNEY,
    'maps/b.journey.yaml': BROKEN_JOURNEY,
    'maps/a.journey.yaml': BROKEN_JOURNEY.replace('title: Broken journey\n', ''),
  });

  it("json prints one array of all files' diagnostics, sorted by file then position", () => {
    const r = runCli(['validate', 'maps', '--reporter', 'json'], { cwd });
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Array.isArray(list)).toBe(true);
    const files = list.map((d) => d.file);
    expect(files).toContain('maps/a.journey.yaml');
    expect(files).toContain('maps/b.journey.yaml');
    expect([...files].sort()).toEqual(files);
    for (const d of list) {
      expect(Object.keys(d).sort()).toEqual(
        ['code', 'column', 'endColumn', 'endLine', 'file', 'hint', 'line', 'message', 'severity'].sort(),
      );
    }
    // `        personas: [marie]`: "marie" spans columns 20-24; endColumn is one past its end.
    expect(list.filter((d) => d.file === 'maps/b.journey.yaml')).toEqual([
      {
        severity: 'error',
        code: 'unknown-persona',
        message: 'persona "marie" is not defined',
        file: 'maps/b.journey.yaml',
        line: 8,
        column: 20,
        endLine: 8,
        endColumn: 25,
        hint: 'did you mean "maria"?',
      },
    ]);
  });

  it('json gives a whole-file problem null positions, and each diagnostic its own exact span', () => {
    const dir = tempProject({
      'e.journey.yaml': '# nothing here\n',
      'm.journey.yaml': 'title: T\nstages:\n  - objective: Be found\n    owner: Ann\n',
      't.journey.yaml': 'title: T\npersonas:\n  - name: Maria\n    age: |\n      thirty\n      something\nstages: [S]\n',
    });
    const r = runCli(['validate', 'e.journey.yaml', 'm.journey.yaml', 't.journey.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.map(({ message: _m, hint: _h, severity: _s, ...position }) => position)).toEqual([
      { code: 'empty-file', file: 'e.journey.yaml', line: null, column: null, endLine: null, endColumn: null },
      // `  - objective: Be found`: the stage mapping from its first key to the end of that line.
      { code: 'missing-required', file: 'm.journey.yaml', line: 3, column: 5, endLine: 3, endColumn: 24 },
      // `    owner: Ann`: the key "owner", columns 5-9.
      { code: 'unknown-key', file: 'm.journey.yaml', line: 4, column: 5, endLine: 4, endColumn: 10 },
      // A block scalar over three lines: from its `|` to the start of the line after it.
      { code: 'invalid-type', file: 't.journey.yaml', line: 4, column: 10, endLine: 7, endColumn: 1 },
    ]);
  });

  it('json prints [] when all is well', () => {
    const r = runCli(['validate', 'maps/ok.journey.yaml', '--reporter', 'json'], { cwd });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('github prints ::error annotations with file, line and col', () => {
    const r = runCli(['validate', 'maps/b.journey.yaml', '--reporter', 'github'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=maps/b.journey.yaml,line=8,col=20,endLine=8,endColumn=25,title=journeymap unknown-persona::');
  });

  it('pretty has no colour when not a TTY or with NO_COLOR, colour with FORCE_COLOR', () => {
    const args = ['validate', 'maps/b.journey.yaml'];
    const plain = runCli(args, { cwd }).stderr;
    expect(plain).not.toMatch(ANSI);
    expect(plain).toContain(' --> maps/b.journey.yaml:8:20\n');
    expect(plain).toContain('8 |         personas: [marie]\n  |                    ^^^^^ did you mean "maria"?\n');
    expect(runCli(args, { cwd, env: { NO_COLOR: '1' } }).stderr).not.toMatch(ANSI);
    expect(runCli(args, { cwd, env: { FORCE_COLOR: '1' } }).stderr).toMatch(ANSI);
  });

  it('--quiet prints errors only, without the summary', () => {
    const r = runCli(['validate', 'maps', '-q'], { cwd });
    expect(r.stderr).toContain('error[');
    expect(r.stderr).not.toMatch(/\d+ errors?, \d+ warnings? in/);
  });
});
