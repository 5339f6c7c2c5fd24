// Size budgets through the built CLI: the 800 KB journey of 400,000 list items that once made a
// 179 MB SVG is refused at once; the largest map the budgets allow builds to every format in
// seconds of CPU and well under 1 GB, and each output reads back in its real consumer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../src/model/load-journey.js';
import { BIN, tempProject } from '../support/run-cli.js';
import { worstCaseJourney } from './worst-case-journey.js';

interface Measured {
  readonly status: number | null;
  readonly stderr: string;
  readonly cpuSeconds: number;
  readonly peakMb: number;
}

/** Runs the CLI under GNU time: CPU seconds (user + system) and peak resident memory. */
function measured(args: readonly string[], cwd: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', 'JM-TIME %U %S %M', process.execPath, BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const match = /JM-TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!match) throw new Error(`no timing in: ${r.stderr.slice(-500)}`);
  return {
    status: r.status,
    stderr: r.stderr.replace(/JM-TIME.*\n?/, ''),
    cpuSeconds: Number(match[1]) + Number(match[2]),
    peakMb: Number(match[3]) / 1024,
  };
}

describe('the 400,000-item journey', () => {
  it('is refused with one budget-exceeded at the list, quickly, writing nothing', () => {
    const items = Array.from({ length: 400_000 }, () => 'x').join(',');
    const dir = tempProject({
      'huge.journey.yaml': `title: Huge\nstages:\n  - name: A\n    touchpoints:\n      - name: T\n        pains: [${items}]\n`,
    });
    const r = measured(['build', 'huge.journey.yaml', '-f', 'svg,pdf,html,png', '-o', 'out'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[budget-exceeded]: "pains" holds 400000 items; the budget is 50 items per list');
    expect(r.stderr).toContain('--> huge.journey.yaml:6:16');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
    // Parsing 1 MiB of YAML is the cost; nothing is laid out or drawn.
    expect(r.cpuSeconds).toBeLessThan(10);
    expect(r.peakMb).toBeLessThan(600);
  });
});

describe('the largest map the budgets allow', () => {
  for (const tall of [false, true]) {
    it(`${tall ? 'with the tallest cell' : 'every budget at its limit'}: all four formats in one run, in seconds, under 1 GB`, () => {
      const text = worstCaseJourney({ tall });
      // It really is within every budget (and the file limit).
      expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
      const loaded = loadJourney({ path: 'worst.journey.yaml', text }, { readFile: () => undefined });
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(loaded.journey?.stages.flatMap((s) => s.touchpoints)).toHaveLength(300);
      expect(loaded.journey?.personas).toHaveLength(12);

      const dir = tempProject({ 'worst.journey.yaml': text });
      const r = measured(['build', 'worst.journey.yaml', '-f', 'svg,pdf,html,png', '-o', 'out'], dir);
      const keep = process.env.JM_WORST_CASE_DIR;
      if (keep) {
        writeFileSync(join(keep, `worst${tall ? '-tall' : ''}.journey.yaml`), text);
        console.log(
          `worst case${tall ? ' (tall)' : ''}: ${Buffer.byteLength(text)} bytes, all four formats ${r.cpuSeconds.toFixed(2)} s CPU, ${r.peakMb.toFixed(0)} MB peak`,
        );
      }
      expect(r.stderr).not.toMatch(/error\[|\n\s+at /);
      expect(r.status).toBe(0);
      // Measured on 2 busy cores: about 5-9 s of CPU and 400-600 MB. The bounds leave room for a
      // slower machine, not for a map that grows without limit (the 400,000-item file took 2.7 GB).
      expect(r.cpuSeconds).toBeLessThan(40);
      expect(r.peakMb).toBeLessThan(1024);

      const out = join(dir, 'out');
      const svg = readFileSync(join(out, 'worst.svg'), 'utf8');
      const errors: string[] = [];
      const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
        svg,
        'image/svg+xml',
      );
      expect(errors).toEqual([]);
      expect(doc.documentElement?.nodeName).toBe('svg');
      expect(svg).toContain('T299 ');
      const qpdf = spawnSync('qpdf', ['--check', join(out, 'worst.pdf')], { encoding: 'utf8' });
      expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
      const png = readFileSync(join(out, 'worst.png'));
      expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      expect(readFileSync(join(out, 'worst.html'), 'utf8')).toContain('T299 ');
    }, 240_000);
  }
});
