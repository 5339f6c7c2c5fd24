// The CLI starts from V8's code cache (src/launch/load-bundle.ts, written by scripts/build.mjs's
// training build): V8 must accept the caches dist/ ships (the CLI's, the PDF renderer's, a
// bundle of its own, and the build workers'), and a missing, stale or corrupt cache must cost only speed — the CLI still
// builds the same map.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** Records, for each bundle a vm.Script compiles, whether it was given a cache and whether V8 took it. */
const HOOK = `const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    const name = options && /([\\w-]+)\\.cjs$/.exec(String(options.filename));
    if (name) {
      const line = JSON.stringify({ bundle: name[1], given: options.cachedData !== undefined, rejected: this.cachedDataRejected === true });
      require('node:fs').appendFileSync(process.env.JM_CACHE_REPORT, line + '\\n');
    }
  }
};
`;

interface Loaded {
  readonly bundle: string;
  readonly given: boolean;
  readonly rejected: boolean;
}

function build(bin: string, cwd: string, format = 'svg'): { status: number | null; loaded: Loaded[]; svg: string } {
  const report = join(cwd, 'report.jsonl');
  rmSync(report, { force: true });
  const r = spawnSync(
    process.execPath,
    ['--require', join(cwd, 'hook.cjs'), bin, 'build', 'map.journey.yaml', '-f', format, '-o', 'out', '-q', '--no-cache'],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', JM_CACHE_REPORT: report },
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  const loaded = readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Loaded);
  return { status: r.status, loaded, svg: readFileSync(join(cwd, 'out', 'map.svg'), 'utf8') };
}

/** A copy of the package's bin/ and dist/, its node_modules and assets links to the repository's. */
function copyOfPackage(): { bin: string; dist: string } {
  const packageRoot = tempProject();
  cpSync(join(REPO_ROOT, 'bin'), join(packageRoot, 'bin'), { recursive: true });
  cpSync(join(REPO_ROOT, 'dist'), join(packageRoot, 'dist'), { recursive: true });
  cpSync(join(REPO_ROOT, 'package.json'), join(packageRoot, 'package.json'));
  for (const linked of ['node_modules', 'assets']) symlinkSync(join(REPO_ROOT, linked), join(packageRoot, linked));
  return { bin: join(packageRoot, 'bin', 'journeymap.js'), dist: join(packageRoot, 'dist') };
}

describe('the CLI code cache', () => {
  it('dist/ ships a cache for cli.cjs that V8 accepts, and -f svg loads no other bundle', () => {
    const cwd = tempProject({ 'map.journey.yaml': VALID_JOURNEY, 'hook.cjs': HOOK });
    const { status, loaded } = build(BIN, cwd);
    expect(status).toBe(0);
    expect(loaded).toEqual([{ bundle: 'cli', given: true, rejected: false }]);
  });

  it("a PDF loads the PDF renderer's own bundle, from its own cache", () => {
    const cwd = tempProject({ 'map.journey.yaml': VALID_JOURNEY, 'hook.cjs': HOOK });
    const { status, loaded } = build(BIN, cwd, 'svg,pdf');
    expect(status).toBe(0);
    expect(loaded).toEqual([
      { bundle: 'cli', given: true, rejected: false },
      { bundle: 'pdf-renderer', given: true, rejected: false },
    ]);
  });

  it("build --jobs workers load their bundle and the PDF renderer's from caches V8 accepts", () => {
    const journeys = Object.fromEntries(['a', 'b', 'c'].map((name) => [`${name}.journey.yaml`, VALID_JOURNEY]));
    const cwd = tempProject({ ...journeys, 'hook.cjs': HOOK });
    const report = join(cwd, 'report.jsonl');
    const r = spawnSync(
      process.execPath,
      ['--require', join(cwd, 'hook.cjs'), BIN, 'build', '.', '-f', 'svg,pdf', '-o', 'out', '-q', '--no-cache', '--jobs', '3'],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', JM_CACHE_REPORT: report }, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const loaded = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Loaded);
    // Three threads, one journey each: the main thread loads the CLI, each of the two workers its
    // bundle; all three the renderer's.
    const count = (bundle: string): number => loaded.filter((l) => l.bundle === bundle).length;
    expect([count('cli'), count('build-worker'), count('pdf-renderer')]).toEqual([1, 2, 3]);
    expect(loaded.every((l) => l.given && !l.rejected)).toBe(true);
  });

  it('a corrupt or missing cache only costs speed: the same map either way', () => {
    const cwd = tempProject({ 'map.journey.yaml': VALID_JOURNEY, 'hook.cjs': HOOK });
    const expected = build(BIN, cwd).svg;
    const copy = copyOfPackage();
    try {
      const cache = readdirSync(copy.dist).find((name) => /^cli\.cjs\.[0-9a-f]{16}\.cache$/.test(name));
      expect(cache).toBeDefined();
      const bytes = readFileSync(join(copy.dist, cache as string));
      // Same length, bytes in V8's data flipped: V8 does not check its data (it would abort the
      // process), so the launcher's checksum must keep it from V8.
      for (let i = 4096; i < bytes.length; i += 512) bytes[i] = (bytes[i] as number) ^ 0xff;
      writeFileSync(join(copy.dist, cache as string), bytes);
      const corrupt = build(copy.bin, cwd);
      expect(corrupt).toMatchObject({ status: 0, loaded: [{ bundle: 'cli', given: false, rejected: false }], svg: expected });
      writeFileSync(join(copy.dist, cache as string), bytes.subarray(0, bytes.length >> 1));
      const cut = build(copy.bin, cwd);
      expect(cut).toMatchObject({ status: 0, loaded: [{ bundle: 'cli', given: false, rejected: false }], svg: expected });
      rmSync(join(copy.dist, cache as string));
      const missing = build(copy.bin, cwd);
      expect(missing).toMatchObject({ status: 0, loaded: [{ bundle: 'cli', given: false, rejected: false }], svg: expected });
    } finally {
      rmSync(join(copy.dist, '..'), { recursive: true, force: true });
    }
  });
});
