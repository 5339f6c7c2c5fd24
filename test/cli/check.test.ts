// --check writes nothing and exits 1 naming each missing or stale output.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

describe('build --check', () => {
  it('missing outputs → 1, and nothing is written', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', '-f', 'svg', '--check'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join('out', 'a.svg'));
    expect(r.stderr).toMatch(/missing/);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('fresh outputs → 0; a stale one → 1 and left untouched', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'b.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', '-f', 'svg'], { cwd }).status).toBe(0);
    expect(runCli(['build', '-f', 'svg', '--check'], { cwd }).status).toBe(0);
    const target = join(cwd, 'out', 'b.svg');
    writeFileSync(target, `${readFileSync(target, 'utf8')}<!-- edited -->`);
    const before = statSync(target).mtimeMs;
    const r = runCli(['build', '-f', 'svg', '--check'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join('out', 'b.svg'));
    expect(r.stderr).not.toContain(join('out', 'a.svg'));
    expect(statSync(target).mtimeMs).toBe(before);
    expect(readFileSync(target, 'utf8')).toContain('<!-- edited -->');
  });

  it('reports stale outputs as annotations with --reporter github', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', '-f', 'svg', '--check', '--reporter', 'github'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=out\/a\.svg,title=/m);
  });
});
