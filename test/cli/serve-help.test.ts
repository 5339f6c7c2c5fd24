// The --help texts say what the flags do: --serve implies --watch (it does not need it).
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

describe('build --help', () => {
  it('says --serve implies --watch', () => {
    const r = runCli(['build', '--help'], { cwd: tempProject() });
    expect(r.status).toBe(0);
    const serve = r.stdout
      .replace(/\n\s{10,}/g, ' ')
      .split('\n')
      .find((line) => line.trimStart().startsWith('--serve'));
    expect(serve).toMatch(/implies --watch/);
    expect(serve).not.toMatch(/with --watch/);
  });
});
