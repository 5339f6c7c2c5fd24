// Hostile input on standard input: an endless pipe (`yes 'a: b' | journeymap validate -`) is
// read only up to the 1 MiB limit and reported as file-too-large for <stdin>, quickly, with
// bounded memory and no stack trace.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, tempProject } from '../support/run-cli.js';

interface Flooded {
  readonly status: number | null;
  readonly stderr: string;
  readonly ms: number;
  readonly fedBytes: number;
}

/** Runs the CLI with an endless `a: b` stream on stdin, like `yes 'a: b' | journeymap …`. */
function flood(args: readonly string[], cwd: string): Promise<Flooded> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '' } });
    const chunk = Buffer.from('a: b\n'.repeat(13_108));
    let fedBytes = 0;
    let open = true;
    const feed = () => {
      while (open && child.stdin.write(chunk)) fedBytes += chunk.length;
      if (open) fedBytes += chunk.length;
    };
    child.stdin.on('drain', feed);
    // The CLI closes its end once it has read enough: EPIPE here is the expected way out.
    child.stdin.on('error', () => {
      open = false;
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still reading after 20 s (fed ${fedBytes} bytes)`));
    }, 20_000);
    child.on('close', (status) => {
      open = false;
      clearTimeout(timer);
      resolve({ status, stderr, ms: Date.now() - started, fedBytes });
    });
    feed();
  });
}

describe('an endless standard input', () => {
  for (const command of ['validate', 'lint', 'build']) {
    it(`${command} - stops at the limit: file-too-large for <stdin>, exit 1`, async () => {
      const dir = tempProject();
      const result = await flood([command, '-', ...(command === 'build' ? ['-o', 'out'] : [])], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('error[file-too-large]: file holds more than 1048576 bytes; the limit is 1048576 bytes (1 MiB)');
      expect(result.stderr).toContain('<stdin>');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      // Read about the limit, not the flood: the pipe's buffers add at most a few MiB.
      expect(result.fedBytes).toBeLessThan(16 * 1024 * 1024);
      expect(result.ms).toBeLessThan(15_000);
    });
  }
});
