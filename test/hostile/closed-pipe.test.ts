// A reader that goes away (`journeymap lint --reporter github | head -1`): the CLI stops writing
// and ends quietly with 141 (128 + SIGPIPE, as a shell reports it), never an EPIPE stack trace.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, tempProject } from '../support/run-cli.js';

/**
 * Within the budgets, about 600 lint warnings (300 touchpoints, critical without an owner or an
 * emotion for 12 personas): 130-150 KB of output, far more than a pipe buffer holds.
 */
const personas = Array.from({ length: 12 }, (_, i) => `{ id: p${i}, name: P${i} }`).join(', ');
const stage = (s: number) =>
  `  - name: S${s}\n    touchpoints:\n${Array.from({ length: 30 }, (_, t) => `      - { name: T${s}-${t}, ${s + t === 0 ? 'emotion: 1' : 'critical: true'} }\n`).join('')}`;
const NOISY = `title: Noisy\npersonas: [${personas}]\nstages:\n${Array.from({ length: 10 }, (_, s) => stage(s)).join('')}`;

/** Runs the CLI and closes its stdout or stderr after the first chunk, as `| head -1` does. */
function cutOff(args: readonly string[], cwd: string, which: 'stdout' | 'stderr') {
  return new Promise<{ status: number | null; signal: string | null; other: string; firstChunk: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '' } });
    const cut = child[which];
    const kept = which === 'stdout' ? child.stderr : child.stdout;
    let firstChunk = '';
    let other = '';
    cut.once('data', (d: Buffer) => {
      firstChunk = d.toString();
      cut.destroy();
    });
    kept.on('data', (d: Buffer) => (other += d.toString()));
    child.on('close', (status, signal) => resolve({ status, signal, other, firstChunk }));
  });
}

describe('a closed output pipe', () => {
  it('lint --reporter github | head -1: exit 141, nothing on stderr', async () => {
    const dir = tempProject({ 'noisy.journey.yaml': NOISY });
    const r = await cutOff(['lint', '--reporter', 'github', 'noisy.journey.yaml'], dir, 'stdout');
    expect(r.firstChunk).toMatch(/^::warning file=noisy\.journey\.yaml,line=1,col=8,.*assumption-heavy/);
    expect(r.other).toBe('');
    expect(r.status).toBe(141);
  });
  it('lint (pretty, on stderr) 2>&1 | head -1: exit 141, no trace on stdout', async () => {
    const dir = tempProject({ 'noisy.journey.yaml': NOISY });
    const r = await cutOff(['lint', 'noisy.journey.yaml'], dir, 'stderr');
    expect(r.firstChunk).toContain('warning[assumption-heavy]');
    expect(r.other).toBe('');
    expect(r.status).toBe(141);
  });
  it('build -o - | head -c 1: exit 141, no trace', async () => {
    const dir = tempProject({ 'noisy.journey.yaml': NOISY });
    const r = await cutOff(['build', 'noisy.journey.yaml', '-f', 'svg', '-o', '-'], dir, 'stdout');
    expect(r.firstChunk.startsWith('<svg') || r.firstChunk.startsWith('<?xml')).toBe(true);
    expect(r.other).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.status).toBe(141);
  });
});
