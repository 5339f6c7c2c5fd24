// Exit codes 0/1/2 exactly as docs/cli.md promises, and never a stack trace for a user's mistake.
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;

describe('exit codes', () => {
  it('0 when everything compiles', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg'], { cwd });
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
  });

  it('1 when a journey has errors, with file:line:col on stderr', () => {
    const cwd = tempProject({ 'a.journey.yaml': BROKEN_JOURNEY });
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[unknown-persona]');
    expect(r.stderr).toMatch(/--> a\.journey\.yaml:8:\d+/);
    expect(r.stderr).toMatch(/1 error, 0 warnings in 1 file/);
    expect(r.stdout).toBe('');
  });

  it('1 from validate on errors, 0 on a valid journey; validate writes nothing', () => {
    const cwd = tempProject({ 'ok.journey.yaml': VALID_JOURNEY, 'bad.journey.yaml': BROKEN_JOURNEY });
    expect(runCli(['validate', 'ok.journey.yaml'], { cwd }).status).toBe(0);
    const r = runCli(['validate'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.journey.yaml:8');
    expect(runCli(['validate', 'ok.journey.yaml'], { cwd }).stderr).not.toContain('error');
  });

  it.each([
    [['frobnicate']],
    [['build', '--no-such-flag']],
    [['build', 'missing.journey.yaml']],
    [['build', '-f', 'svgg']],
    [['build', '--reporter', 'xml']],
    [['build', '--page', 'a5']],
    [['build', 'empty-folder']],
    [[]],
  ])('2 for a wrong invocation: %j', (args) => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'empty-folder/readme.yaml': 'x: 1\n' });
    const r = runCli(args, { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('suggests the closest format for a typo', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', '-f', 'svg,pfd'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"pfd"');
    expect(r.stderr).toContain('did you mean "pdf"');
  });

  it('says "no journey found" when a folder holds none', () => {
    const cwd = tempProject({ 'ci.yaml': 'on: push\n' });
    const r = runCli(['build'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no journey found/);
  });

  it('2 when the output folder cannot be written', () => {
    // A file where the output folder should be: mkdir fails whatever the user's privileges.
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, out: 'not a folder' });
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg', '-o', 'out'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('--version and --help exit 0 on stdout', () => {
    const cwd = tempProject();
    const version = runCli(['--version'], { cwd });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = runCli(['build', '--help'], { cwd });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--format');
  });
});
