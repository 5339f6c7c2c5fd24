// Writes the CLI's V8 code caches into the newly built dist/ (scripts/build.mjs): builds of the
// examples to SVG, PDF and HTML (the README example alone, and all of them on a worker too), run
// from the new bundle with the cache writer on, so each cache holds what a build compiles
// (launch/load-bundle.ts reads them). Without the examples (a
// package installed from a tarball is built already) there is nothing to train on: no cache,
// and the CLI compiles at start-up as it would without one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../examples/first-grocery-order.journey.yaml', import.meta.url));

/** Runs the CLI from dist/ with the cache writer on; throws when the build fails. */
function trainingBuild(dist, args) {
  const launch = `require(${JSON.stringify(join(dist, 'load-bundle.cjs'))}).loadBundle('cli', (s) => import(s)).main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;
  const r = spawnSync(process.execPath, ['-e', launch, ...args], {
    env: { ...process.env, JOURNEYMAP_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the code cache's training build failed (exit ${r.status}):\n${r.stderr}`);
}

export function trainCodeCache(dist) {
  if (!existsSync(EXAMPLE)) return;
  const out = mkdtempSync(join(tmpdir(), 'jm-train-'));
  try {
    // First the examples with --jobs 2 (the main thread and a worker): the worker writes the cache
    // of build-worker.cjs. Then the README example alone, whose caches of cli.cjs and
    // pdf-renderer.cjs are the ones kept: what every single build runs.
    trainingBuild(dist, ['build', dirname(EXAMPLE), '-f', 'svg,pdf,html', '-o', join(out, 'workers'), '-q', '--no-cache', '--jobs', '2']);
    trainingBuild(dist, ['build', EXAMPLE, '-f', 'svg,pdf,html', '-o', join(out, 'main'), '-q', '--no-cache']);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
