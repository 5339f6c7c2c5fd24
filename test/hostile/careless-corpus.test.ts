// Hostile and careless inputs of trust part B through the built CLI, one small project each:
// every case must end with its exit code and its diagnostics, print no stack trace, finish well
// within the timeout (no hang), write nothing outside out/ and leave every input unchanged.
// JM_HOSTILE_BIN=<old bin/journeymap.js> runs them against another build (to see them fail).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempProject } from '../support/run-cli.js';

const bin = process.env.JM_HOSTILE_BIN ?? BIN;

interface Case {
  readonly about: string;
  readonly files: Readonly<Record<string, string>>;
  readonly folders?: readonly string[];
  readonly fifos?: readonly string[];
  readonly args: readonly string[];
  readonly status: number;
  /** Exactly these diagnostics, as `code file:line:col`, in the order printed. */
  readonly found: readonly string[];
  /** Text stderr must contain. */
  readonly says?: string;
  /** At most this many bytes on stderr (a frame of a huge line must stay short). */
  readonly maxStderr?: number;
}

const tp = (lines: string) => `title: T\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n${lines}`;
const anchors = Array.from({ length: 6 }, (_, i) => `a${i}: &t${i} "${'w'.repeat(1990)}"\n`).join('');
const aliasUses = Array.from({ length: 6 }, (_, i) => `u${i}: [${Array(40).fill(`*t${i}`).join(', ')}]\n`).join('');

const CASES: readonly Case[] = [
  {
    about: 'one stray tab in the indentation',
    files: { 'j.journey.yaml': 'title: T\nstages:\n  - name: A\n    touchpoints:\n\t  - name: x\n' },
    args: ['validate', 'j.journey.yaml'],
    status: 1,
    found: ['yaml-tab j.journey.yaml:5:1'],
  },
  {
    about: 'old-Mac line ends (CR only)',
    files: { 'j.journey.yaml': tp('        emotion: 5\n').replace(/\n/g, '\r') },
    args: ['validate', 'j.journey.yaml'],
    status: 1,
    found: ['emotion-out-of-range j.journey.yaml:6:18'],
  },
  {
    about: 'emotion: .inf',
    files: { 'j.journey.yaml': tp('        emotion: .inf\n') },
    args: ['validate', 'j.journey.yaml'],
    status: 1,
    found: ['invalid-number j.journey.yaml:6:18'],
    says: 'emotion must be a finite number, received Infinity',
  },
  {
    about: 'a right-to-left override in a name (lint warns, exit 0)',
    files: { 'j.journey.yaml': 'title: T\nstages:\n  - name: Pay \u202Efdp.exe\n    touchpoints: [{ name: x, emotion: 1 }]\n' },
    args: ['lint', 'j.journey.yaml'],
    status: 0,
    found: ['invisible-characters j.journey.yaml:3:15'],
    says: '<U+202E>',
  },
  {
    about: 'an import that is a folder',
    files: { 'j.journey.yaml': 'title: T\nimports: [shared]\nstages: [A]\n' },
    folders: ['shared'],
    args: ['validate', 'j.journey.yaml'],
    status: 1,
    found: ['import-not-found j.journey.yaml:2:11'],
    says: 'is a folder, not a file',
  },
  {
    about: 'an import that is a FIFO (never opened, so no hang)',
    files: { 'j.journey.yaml': 'title: T\nimports: [pipe.yaml]\nstages: [A]\n' },
    fifos: ['pipe.yaml'],
    args: ['build', 'j.journey.yaml', '-o', 'out'],
    status: 1,
    found: ['import-not-found j.journey.yaml:2:11'],
    says: 'is a named pipe (FIFO), not a file',
  },
  {
    about: 'a 400,000-item list on one 800 KB line, all formats',
    files: { 'j.journey.yaml': tp(`        pains: [${Array(400_000).fill('x').join(',')}]\n`) },
    args: ['build', 'j.journey.yaml', '-f', 'svg,pdf,html,png', '-o', 'out'],
    status: 1,
    found: ['budget-exceeded j.journey.yaml:6:16'],
    maxStderr: 2000,
  },
  {
    about: 'aliases repeating 2,000-character texts into 480,000 characters',
    files: { 'j.journey.yaml': `title: T\n${anchors}${aliasUses}stages: [A]\n` },
    args: ['build', 'j.journey.yaml', '-o', 'out'],
    status: 1,
    found: ['budget-exceeded j.journey.yaml:10:201'],
    says: 'the budget is 250000 characters of text in all',
    maxStderr: 2000,
  },
  {
    about: 'a 5,000-character key',
    files: { 'j.journey.yaml': `title: T\n? ${'k'.repeat(5000)}\n: 1\nstages: [A]\n` },
    args: ['validate', 'j.journey.yaml'],
    status: 1,
    found: ['budget-exceeded j.journey.yaml:2:3'],
    maxStderr: 2000,
  },
  {
    about: '41 stages',
    files: { 'j.journey.yaml': `title: T\nstages: [${Array.from({ length: 41 }, (_, i) => `S${i}`).join(', ')}]\n` },
    args: ['build', 'j.journey.yaml', '-o', 'out'],
    status: 1,
    found: ['budget-exceeded j.journey.yaml:2:9'],
    says: '"stages" holds 41 stages; the budget is 40 stages',
  },
];

/** Every file under `dir` with a hash of its bytes (FIFOs and folders by kind). */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const key = relative(dir, path);
      if (entry.isDirectory()) {
        entries.set(key, 'folder');
        walk(path);
      } else if (entry.isFIFO()) entries.set(key, 'fifo');
      else entries.set(key, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return entries;
}

describe('careless and hostile inputs, through the CLI', () => {
  it.each(CASES)('$about', (c) => {
    const dir = tempProject(c.files);
    for (const folder of c.folders ?? []) mkdirSync(join(dir, folder));
    for (const fifo of c.fifos ?? []) execFileSync('mkfifo', [join(dir, fifo)]);
    const before = snapshot(dir);
    const r = spawnSync(process.execPath, [bin, ...c.args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.error, 'no hang').toBeUndefined();
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
    const found = [...r.stderr.matchAll(/^(?:error|warning)\[([a-z-]+)\][^\n]*\n\s*--> (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(found).toEqual(c.found);
    if (c.says) expect(r.stderr).toContain(c.says);
    if (c.maxStderr) expect(r.stderr.length).toBeLessThan(c.maxStderr);
    expect(r.status).toBe(c.status);
    // Inputs unchanged; nothing new but what lies in out/ (and failed journeys write nothing).
    const after = snapshot(dir);
    for (const [path, hash] of before) expect(after.get(path), path).toBe(hash);
    const added = [...after.keys()].filter((path) => !before.has(path));
    expect(added.filter((path) => path !== 'out' && !path.startsWith('out/'))).toEqual([]);
    if (c.status !== 0) expect(added.filter((path) => path.startsWith('out/'))).toEqual([]);
  });
});
