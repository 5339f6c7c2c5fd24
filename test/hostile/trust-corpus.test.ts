// The hostile corpus of the "nothing outside the project leaks" work: each folder of
// test/hostile/trust-corpus/ is a small project (project/) plus case.json (the command line, the
// symlinks and FIFOs to create, what must come out). Every case runs through the built CLI in a
// temporary folder beside a copy of _outside/ (a docker config holding a secret, a magenta
// picture) and must: end with the expected exit code and no stack trace, never print the secret,
// write nothing outside project/out, leave every input unchanged, and name the expected codes.
// JM_HOSTILE_BIN=<old bin/journeymap.js> runs the corpus against another build (to see it fail).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../png/decode-png.js';
import { hasTool } from '../support/consumers.js';
import { BIN } from '../support/run-cli.js';

const CORPUS = join(import.meta.dirname, 'trust-corpus');
const SECRET = 'JM-SECRET-7f3a9c';
const bin = process.env.JM_HOSTILE_BIN ?? BIN;

interface Case {
  readonly about: string;
  readonly args: readonly string[];
  /** Symlinks to create in the project: path → a name inside _outside/. */
  readonly links?: Readonly<Record<string, string>>;
  readonly fifos?: readonly string[];
  readonly status: number;
  readonly codes?: readonly string[];
  readonly stderr?: string;
  /** Outputs (png, pdf) that must show no pixel of the outside picture's magenta. */
  readonly noMagenta?: readonly string[];
  /** Strings no output file may contain. */
  readonly absentFromOutputs?: readonly string[];
}

const cases = readdirSync(CORPUS)
  .filter((name) => !name.startsWith('_'))
  .sort();

/** Every file, symlink and FIFO under `dir` (not following links), with a hash of regular files. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const key = relative(dir, path);
      if (entry.isSymbolicLink()) entries.set(key, `link:${readlinkSync(path)}`);
      else if (entry.isDirectory()) walk(path);
      else if (entry.isFIFO()) entries.set(key, 'fifo');
      else entries.set(key, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return entries;
}

/** Copies a folder, putting the temporary outside folder's path where files say @OUTSIDE@. */
function copyProject(from: string, to: string, outside: string): void {
  cpSync(from, to, { recursive: true });
  for (const [path] of snapshot(to)) {
    const file = join(to, path);
    if (!lstatSync(file).isFile()) continue;
    const text = readFileSync(file, 'latin1');
    if (text.includes('@OUTSIDE@')) writeFileSync(file, text.replaceAll('@OUTSIDE@', outside), 'latin1');
  }
}

/** The text and, appended, every base64 SVG embedded in it (data: URIs), recursively. */
function withEmbeddedSvgs(text: string): string {
  const embedded = [...text.matchAll(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/g)].map((m) =>
    Buffer.from(m[1]!, 'base64').toString('utf8'),
  );
  return [text, ...embedded.map(withEmbeddedSvgs)].join('\n');
}

function magentaPixels(file: string): number {
  let png: Buffer;
  if (file.endsWith('.pdf')) {
    // The PDF drawn by poppler, as a reader would see it.
    const prefix = join(mkdtempSync(join(tmpdir(), 'jm-hostile-pdf-')), 'page');
    execFileSync('pdftoppm', ['-png', '-r', '72', file, prefix]);
    const pages = readdirSync(dirname(prefix)).filter((f) => f.endsWith('.png'));
    return pages.reduce((sum, page) => sum + magentaPixels(join(dirname(prefix), page)), 0);
  } else png = readFileSync(file);
  const { pixels } = decodePng(png);
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i]! > 230 && pixels[i + 1]! < 40 && pixels[i + 2]! > 230 && pixels[i + 3]! > 200) count++;
  }
  return count;
}

describe('the trust corpus: nothing outside the project leaks', () => {
  it.each(cases)('%s', (name) => {
    const spec = JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Case;
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'jm-hostile-')));
    const outside = join(base, 'outside');
    const project = join(base, 'project');
    cpSync(join(CORPUS, '_outside'), outside, { recursive: true });
    copyProject(join(CORPUS, name, 'project'), project, outside);
    mkdirSync(join(project, '.git'), { recursive: true });
    for (const [link, target] of Object.entries(spec.links ?? {})) {
      mkdirSync(dirname(join(project, link)), { recursive: true });
      symlinkSync(join(outside, target), join(project, link));
    }
    for (const fifo of spec.fifos ?? []) execFileSync('mkfifo', [join(project, fifo)]);
    const before = snapshot(base);

    const r = spawnSync(process.execPath, [bin, ...spec.args], {
      cwd: project,
      env: { PATH: process.env.PATH ?? '', HOME: base },
      timeout: 30_000,
      encoding: 'utf8',
    });
    const printed = `${r.stdout}${r.stderr}`;
    expect(r.error, 'the CLI must end by itself (a FIFO read blocks forever)').toBeUndefined();
    expect(r.status, printed).toBe(spec.status);
    expect(printed, 'no stack trace').not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(printed).not.toContain(SECRET);
    for (const code of spec.codes ?? []) expect(printed).toContain(code);
    if (spec.stderr !== undefined) expect(r.stderr).toContain(spec.stderr);

    const after = snapshot(base);
    for (const [path, hash] of before) expect(after.get(path), `input ${path} unchanged`).toBe(hash);
    const written = [...after.keys()].filter((path) => !before.has(path));
    // Outputs go to out/; the build cache (cli.md 1.1) is the one other place a build writes.
    const allowed = (path: string) =>
      path.startsWith(`project${'/'}out/`) || path.startsWith(`project${'/'}node_modules/.cache/journeymap/`);
    for (const path of written) expect(allowed(path), `${path} written outside out/`).toBe(true);
    for (const path of written) {
      const bytes = readFileSync(join(base, path));
      expect(bytes.includes(SECRET), `${path} holds the secret`).toBe(false);
      if (path.endsWith('.pdf') || path.endsWith('.png')) continue;
      const shown = withEmbeddedSvgs(bytes.toString('utf8'));
      for (const text of spec.absentFromOutputs ?? []) expect(shown, path).not.toContain(text);
    }
    for (const output of spec.noMagenta ?? []) {
      const file = join(project, output);
      expect(existsSync(file), `${output} written`).toBe(true);
      if (output.endsWith('.pdf') && !hasTool('pdftoppm')) continue;
      expect(magentaPixels(file), `${output} shows the outside picture`).toBe(0);
    }
  });
});
