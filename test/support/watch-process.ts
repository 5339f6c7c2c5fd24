// A `journeymap build --watch` process for tests: spawned like a user's, standard error collected,
// waitFor() a status line after a mark, stop() with SIGINT. stopAll() kills what a test left running.
import { type ChildProcess, spawn } from 'node:child_process';
import { BIN } from './run-cli.js';

export interface Running {
  readonly child: ChildProcess;
  stderr(): string;
  /** Resolves when standard error matches, at or after the given offset. */
  waitFor(pattern: RegExp, from?: number): Promise<RegExpExecArray>;
  stop(): Promise<number | null>;
}

const started: ChildProcess[] = [];

/** Kills every process start() made that is still running (call in afterEach). */
export function stopAll(): void {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
}

export function start(args: string[], cwd: string): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '' } });
  started.push(child);
  let err = '';
  const waiters = new Set<() => void>();
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
    for (const check of [...waiters]) check();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => err,
    waitFor: (pattern, from = 0) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern}; stderr:\n${err}`));
        }, 15_000);
        function check(): void {
          const match = pattern.exec(err.slice(from));
          if (!match) return;
          waiters.delete(check);
          clearTimeout(deadline);
          resolve(match);
        }
        waiters.add(check);
        check();
      }),
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}
