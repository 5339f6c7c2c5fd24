// An output folder that cannot be created is exit 2 with one line, promptly: Node's recursive
// mkdir spins forever under /proc (procfs answers ENOENT, never EACCES), so a build must not use it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;

describe('an output folder that cannot be created', () => {
  it.skipIf(!existsSync('/proc/self'))('-o under /proc fails with exit 2 instead of hanging', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const started = Date.now();
    const r = spawnSync(process.execPath, [BIN, 'build', 'a.journey.yaml', '-f', 'svg', '-o', '/proc/jm-no-such/out'], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      timeout: 15_000,
    });
    expect(r.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.status).toBe(2);
    // Named as typed (absolute), not as a chain of ../ from the project folder.
    expect(r.stderr.toString()).toContain('cannot write /proc/jm-no-such/out/a.svg');
    expect(r.stderr.toString()).not.toMatch(STACK);
  });
});
