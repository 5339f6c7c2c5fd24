// main() in-process with a fake CliIo: an internal bug is one line asking for a report (exit
// 70), with the trace only under --verbose; main never calls process.exit.
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

function fakeIo(readStdin: () => Promise<Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: process.cwd(),
    env: {},
    writeOut: (chunk) => void out.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)),
    writeErr: (text) => void err.push(text),
    readStdin,
  };
  return { io, out, err };
}

const crash = () => Promise.reject(new Error('stdin exploded'));

describe('main', () => {
  it('turns an internal error into one line and exit 70', async () => {
    const { io, err } = fakeIo(crash);
    expect(await main(['validate', '-'], io)).toBe(70);
    const text = err.join('');
    expect(text).toContain('internal error: stdin exploded');
    expect(text).toMatch(/report/);
    expect(text.trim().split('\n')).toHaveLength(1);
  });

  it('adds the trace with --verbose', async () => {
    const { io, err } = fakeIo(crash);
    expect(await main(['validate', '-', '--verbose'], io)).toBe(70);
    expect(err.join('')).toMatch(/\n\s+at /);
  });

  it('returns 0 for --version and 2 for an unknown command, printing through io', async () => {
    const ok = fakeIo(crash);
    expect(await main(['--version'], ok.io)).toBe(0);
    expect(ok.out.join('')).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bad = fakeIo(crash);
    expect(await main(['nope'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain("unknown command 'nope'");
  });

  it('returns 141 when the reader closed the output (EPIPE), whatever the command would have', async () => {
    const { io } = fakeIo(crash);
    const closed = { ...io, outputClosed: () => Promise.resolve(true) };
    expect(await main(['--version'], closed)).toBe(141);
    expect(await main(['validate', '-'], closed)).toBe(141);
    expect(await main(['--version'], { ...io, outputClosed: () => Promise.resolve(false) })).toBe(0);
  });
});
