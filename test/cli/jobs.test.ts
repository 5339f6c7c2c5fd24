// `build --jobs`: worker threads give byte-identical outputs and the same diagnostics, in the
// same order, as a sequential build; bad values are usage errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, REPO_ROOT, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const example = (name: string): string => readFileSync(join(REPO_ROOT, 'examples', name), 'utf8');

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = join(sub, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[path] = readFileSync(join(dir, path)).toString('base64');
    }
  };
  walk('');
  return out;
}

describe('build --jobs', () => {
  it('writes the same bytes and reports the same diagnostics as --jobs 1', () => {
    const cwd = tempProject({
      'maps/a.journey.yaml': VALID_JOURNEY,
      'maps/b/broken.journey.yaml': BROKEN_JOURNEY,
      'maps/b2b.journey.yaml': example('b2b-onboarding.journey.yaml'),
      'maps/shared/personas.yaml': example('shared/personas.yaml'),
      'maps/shared/channels.yaml': example('shared/channels.yaml'),
      'maps/grocery.journey.yaml': example('first-grocery-order.journey.yaml'),
      'maps/z.journey.yaml': VALID_JOURNEY.replace('Test journey', 'Another'),
    });
    const sequential = runCli(['build', 'maps', '-f', 'svg,pdf,html', '-o', 'seq', '--jobs', '1', '--reporter', 'json', '--verbose'], {
      cwd,
    });
    const parallel = runCli(['build', 'maps', '-f', 'svg,pdf,html', '-o', 'par', '--jobs', '3', '--reporter', 'json', '--verbose'], {
      cwd,
    });
    expect(sequential.status).toBe(1);
    expect(parallel.status).toBe(1);
    expect(parallel.stderr).toContain('building on 3 threads');
    expect(parallel.stdout).toBe(sequential.stdout);
    expect(JSON.parse(parallel.stdout)).toContainEqual(
      expect.objectContaining({ code: 'unknown-persona', file: 'maps/b/broken.journey.yaml' }),
    );
    const seq = snapshot(join(cwd, 'seq'));
    // 12 maps and the output manifest.
    expect(Object.keys(seq)).toHaveLength(13);
    expect(snapshot(join(cwd, 'par'))).toEqual(seq);
    // The written-files list (--verbose) follows input order, as in a sequential run.
    const written = (r: { stderr: string }, dir: string) =>
      r.stderr
        .split('\n')
        .filter((l) => l.startsWith('wrote '))
        .map((l) => l.replace(dir, 'X'));
    expect(written(parallel, 'par')).toEqual(written(sequential, 'seq'));
    expect(written(parallel, 'par')).toHaveLength(12);
  });

  it('--check works on workers too', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'b.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', '.', '-f', 'svg', '--jobs', '2'], { cwd }).status).toBe(0);
    expect(runCli(['build', '.', '-f', 'svg', '--jobs', '2', '--check'], { cwd }).status).toBe(0);
  });

  it.each(['0', '-1', 'many', '1.5', '999'])('--jobs %s is a usage error', (value) => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', '--jobs', value], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});
