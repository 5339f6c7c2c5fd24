// The build cache at scale (`npm run bench`, or alone: node scripts/bench-cache.mjs): 200 journeys
// → svg,pdf,html built cold (with its peak RSS), then rebuilt with nothing changed (median of
// several runs) against `node -e 0`, then one journey changed. Targets: the no-change rebuild
// ≤ 3x `node -e 0`; the cold build's peak memory under 500 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'journeymap.js');

function time(args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, stderr: r.stderr };
}

/** Wall time and peak RSS in MB (GNU time's maximum resident set size; NaN without /usr/bin/time). */
function timeWithRss(args, cwd) {
  if (!existsSync('/usr/bin/time')) return { ...time(args, cwd), rssMb: Number.NaN };
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'jm-peak-rss-kb %M', process.execPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = /jm-peak-rss-kb (\d+)/.exec(r.stderr ?? '');
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, rssMb: kb ? Number(kb[1]) / 1024 : Number.NaN };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchCache({ journeys = 200, runs = 5 } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'jm-bench-cache-'));
  mkdirSync(join(work, '.git'));
  mkdirSync(join(work, 'maps'));
  const names = readdirSync(join(ROOT, 'examples')).filter(
    (n) => n.endsWith('.journey.yaml') && !n.startsWith('b2b') && !n.startsWith('grocery-delivery'),
  );
  for (let i = 0; i < journeys; i++) {
    const name = names[i % names.length];
    writeFileSync(join(work, 'maps', `${i}-${name}`), readFileSync(join(ROOT, 'examples', name)));
  }
  const build = [BIN, 'build', 'maps', '-f', 'svg,pdf,html'];
  const coldRun = timeWithRss(build, work);
  const cold = coldRun.ms;
  const node = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    node.push(time(['-e', '0'], work).ms);
    warm.push(time(build, work).ms);
  }
  const first = join(work, 'maps', readdirSync(join(work, 'maps')).sort()[0]);
  writeFileSync(first, `${readFileSync(first, 'utf8')}\n# changed\n`);
  const one = time(build, work);
  const base = median(node);
  const noChange = median(warm);
  console.log(`\nbuild cache: ${journeys} journeys → svg,pdf,html`);
  console.log(`  cold build:           ${cold.toFixed(0)} ms (${(cold / journeys).toFixed(1)} ms a journey)`);
  console.log(
    `  cold build peak RSS:  ${coldRun.rssMb.toFixed(0)} MB  ${coldRun.rssMb < 500 ? 'PASS' : Number.isNaN(coldRun.rssMb) ? 'n/a ' : 'MISS'} (< 500 MB)`,
  );
  console.log(`  node -e 0:            ${base.toFixed(1)} ms`);
  console.log(
    `  no-change rebuild:    ${noChange.toFixed(1)} ms = ${(noChange / base).toFixed(2)}x node  ${noChange / base <= 3 ? 'PASS' : 'MISS'} (≤ 3x)`,
  );
  console.log(`  one journey changed:  ${one.ms.toFixed(1)} ms (${one.stderr.trim()})`);
  rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`)
  benchCache({ journeys: Number(process.env.BENCH_JOURNEYS ?? 200), runs: Number(process.env.BENCH_RUNS ?? 5) });
