// `journeymap lint`: schema errors still fail, quality warnings pass unless --max-warnings is
// exceeded, and the warnings go through the same reporters as validate's diagnostics.
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** Every touchpoint has an emotion for every persona and is backed by evidence: no warnings. */
const CLEAN_JOURNEY = `title: Clean
personas: [{ id: maria, name: Maria }]
stages:
  - name: Buy
    touchpoints:
      - { name: Pays, emotion: 1, evidence: data }
`;

describe('lint command', () => {
  it('reports quality warnings with file:line:col and exits 0', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['lint', 'a.journey.yaml'], { cwd });
    expect(r.status).toBe(0);
    // "Reads reviews" (line 10) has no emotion.
    expect(r.stderr).toContain('warning[touchpoint-without-emotion]');
    expect(r.stderr).toMatch(/--> a\.journey\.yaml:10:\d+/);
    expect(r.stderr).toMatch(/0 errors, \d+ warnings? in 1 file/);
    // validate does not run the quality rules.
    expect(runCli(['validate', 'a.journey.yaml'], { cwd }).stderr).not.toContain('touchpoint-without-emotion');
  });

  it('exits 1 on errors and skips the quality rules for the broken file', () => {
    const cwd = tempProject({ 'bad.journey.yaml': BROKEN_JOURNEY });
    const r = runCli(['lint', '--reporter', 'json'], { cwd });
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout) as { code: string; severity: string }[];
    expect(list.map((d) => d.code)).toContain('unknown-persona');
    expect(list.every((d) => d.severity === 'error')).toBe(true);
  });

  it('--max-warnings fails only when the count is exceeded', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const json = runCli(['lint', '--reporter', 'json'], { cwd });
    const warnings = (JSON.parse(json.stdout) as unknown[]).length;
    expect(warnings).toBeGreaterThan(0);
    expect(runCli(['lint', '--max-warnings', String(warnings)], { cwd }).status).toBe(0);
    const over = runCli(['lint', '--max-warnings', String(warnings - 1)], { cwd });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain(`--max-warnings allows ${warnings - 1}`);
    expect(runCli(['lint', '--max-warnings', 'lots'], { cwd }).status).toBe(2);
  });

  it('says so when there is nothing to report; github reporter annotates warnings', () => {
    const cwd = tempProject({ 'clean.journey.yaml': CLEAN_JOURNEY, 'a.journey.yaml': VALID_JOURNEY });
    const clean = runCli(['lint', 'clean.journey.yaml', '--max-warnings', '0'], { cwd });
    expect(clean.status).toBe(0);
    expect(clean.stderr).toContain('no problems');
    const github = runCli(['lint', 'a.journey.yaml', '--reporter', 'github'], { cwd });
    expect(github.stdout).toMatch(/^::warning file=a\.journey\.yaml,line=10,/m);
  });
});
