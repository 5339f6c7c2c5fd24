// The CLI starts from V8's code cache (src/launch/load-bundle.ts, written by scripts/build.mjs's
// training build): V8 must accept the cache dist/ ships, and a missing, stale or corrupt cache must
// cost only speed — the CLI still builds the same map.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** Records what the CLI bundle's vm.Script was given and whether V8 took it. */
const HOOK = `const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (options && String(options.filename).endsWith('cli.cjs')) {
      require('node:fs').writeFileSync(process.env.JM_CACHE_REPORT, JSON.stringify({ given: options.cachedData !== undefined, rejected: this.cachedDataRejected === true }));
    }
  }
};
`;

function build(bin: string, cwd: string): { status: number | null; report: { given: boolean; rejected: boolean }; svg: string } {
  const report = join(cwd, 'report.json');
  const r = spawnSync(
    process.execPath,
    ['--require', join(cwd, 'hook.cjs'), bin, 'build', 'map.journey.yaml', '-f', 'svg', '-o', 'out', '-q', '--no-cache'],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', JM_CACHE_REPORT: report },
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  return { status: r.status, report: JSON.parse(readFileSync(report, 'utf8')), svg: readFileSync(join(cwd, 'out', 'map.svg'), 'utf8') };
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
  it('dist/ ships a cache for cli.cjs that V8 accepts', () => {
    const cwd = tempProject({ 'map.journey.yaml': VALID_JOURNEY, 'hook.cjs': HOOK });
    const { status, report } = build(BIN, cwd);
    expect(status).toBe(0);
    expect(report).toEqual({ given: true, rejected: false });
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
      expect(corrupt).toMatchObject({ status: 0, report: { given: false, rejected: false }, svg: expected });
      writeFileSync(join(copy.dist, cache as string), bytes.subarray(0, bytes.length >> 1));
      const cut = build(copy.bin, cwd);
      expect(cut).toMatchObject({ status: 0, report: { given: false, rejected: false }, svg: expected });
      rmSync(join(copy.dist, cache as string));
      const missing = build(copy.bin, cwd);
      expect(missing).toMatchObject({ status: 0, report: { given: false, rejected: false }, svg: expected });
    } finally {
      rmSync(join(copy.dist, '..'), { recursive: true, force: true });
    }
  });
});
