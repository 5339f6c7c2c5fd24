// Runs the built CLI (node bin/journeymap.js, i.e. dist/) as a real process, the way users and
// CI do, and captures what it printed. vitest's global setup (build-once.ts) builds dist/ first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(REPO_ROOT, 'bin', 'journeymap.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
}

export interface RunOptions {
  readonly cwd: string;
  readonly stdin?: string | Uint8Array;
  /** Added to a clean environment (no colour forcing, no SOURCE_DATE_EPOCH from the caller). */
  readonly env?: Record<string, string>;
}

export function runCli(args: readonly string[], options: RunOptions): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.stdin ?? '',
    env: { ...env, ...options.env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
    stdoutBytes: result.stdout,
  };
}

/** A fresh temporary folder (real path) filled with the given files; a .git marks it as a root. */
export function tempProject(files: Record<string, string | Uint8Array> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'jm-cli-')));
  mkdirSync(join(dir, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const VALID_JOURNEY = `title: Test journey
personas:
  - { id: maria, name: Maria }
  - { id: tom, name: Tom }
stages:
  - name: Discover
    touchpoints:
      - name: Sees an ad
        emotion: { maria: 1, tom: -1 }
      - Reads reviews
  - name: Buy
    touchpoints:
      - name: Pays
        emotion: -1
`;

/** Refers to a persona that does not exist: an unknown-persona error on line 8. */
export const BROKEN_JOURNEY = `title: Broken journey
personas:
  - { id: maria, name: Maria }
stages:
  - name: Discover
    touchpoints:
      - name: Sees an ad
        personas: [marie]
`;
