// Whole-process benchmark of the built CLI (`npm run bench`): cold-start and build wall times
// (median of several runs) against `node -e 0` measured in the same run, peak RSS, and how
// build time grows with journey size. Prints a table and compares it with the targets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cjkJourney, generateJourney, writeJourneyInputs } from './bench-journeys.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'journeymap.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EXAMPLE = join(ROOT, 'examples', 'first-grocery-order.journey.yaml');
const work = mkdtempSync(join(tmpdir(), 'jm-bench-'));
const hasGnuTime = existsSync('/usr/bin/time');
const rssHook = join(work, 'rss-hook.cjs');
writeFileSync(
  rssHook,
  "process.on('exit', () => require('fs').writeFileSync(process.env.JM_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function once(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stderr: r.stderr ?? '' };
}

function peakRssMb(args) {
  if (hasGnuTime) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: work, encoding: 'utf8' });
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    if (match) return Number(match[1]) / 1024;
  }
  const file = join(work, 'rss.txt');
  spawnSync(process.execPath, ['--require', rssHook, ...args], { cwd: work, env: { ...process.env, JM_RSS_FILE: file } });
  return existsSync(file) ? Number(readFileSync(file, 'utf8')) / 1024 : Number.NaN;
}

/**
 * Times every case the same way: one warm-up run each (disk cache), then RUNS rounds that run
 * the cases in turn, so a noisy moment on this shared machine hits all cases alike.
 */
function measureAll(cases) {
  const results = cases.map(({ label, args }) => {
    const first = once(args);
    return first.status === 0
      ? { label, args, times: [] }
      : { label, skipped: `exit ${first.status}: ${first.stderr.trim().split('\n')[0] ?? ''}` };
  });
  for (let round = 0; round < RUNS; round++) {
    for (const result of results) if (!result.skipped) result.times.push(once(result.args).ms);
  }
  return results.map((r) => (r.skipped ? r : { label: r.label, ms: median(r.times), rss: peakRssMb(r.args) }));
}

// --no-cache: every run measures a cold build (the cache would skip all runs after the first).
const build = (input, formats, out) => [BIN, 'build', input, '-f', formats, '-o', join(work, out), '-q', '--no-cache'];
writeJourneyInputs(work);
// The 12x15x3 journey as issue 14 measured it (version 1 fields), and with every 1.1 field filled
// too (a picture per step, KPI series from data files, a detail map: 60% more YAML).
const large = join(work, 'large.journey.yaml');
writeFileSync(large, generateJourney(12, 15, 3, { v11: false }));
const large11 = join(work, 'large-1-1.journey.yaml');
writeFileSync(large11, generateJourney(12, 15, 3));
// Issue 14's batch: 200 journeys in one folder (copies of the self-contained examples; the B2B one
// imports a library), with the default --jobs.
const BATCH = 200;
const batch = join(work, 'batch');
mkdirSync(batch);
// The language 1.1 pair links and compares each other and reads data/ and screens/: only the
// journeys that stand alone are copied.
const exampleNames = readdirSync(join(ROOT, 'examples')).filter(
  (n) => n.endsWith('.journey.yaml') && !n.startsWith('b2b') && !n.startsWith('grocery-delivery'),
);
for (let i = 0; i < BATCH; i++) {
  const name = exampleNames[i % exampleNames.length];
  writeFileSync(join(batch, `${i}-${name}`), readFileSync(join(ROOT, 'examples', name)));
}
const latin = join(work, 'latin.journey.yaml');
writeFileSync(latin, generateJourney(4, 6, 2, { v11: false }));
const cjk = join(work, 'cjk.journey.yaml');
writeFileSync(cjk, cjkJourney(generateJourney(4, 6, 2, { v11: false })));
const scaled = [1, 2, 5, 10].map((k) => {
  const file = join(work, `scale-${k}x.journey.yaml`);
  writeFileSync(file, generateJourney(2 * k, 6, 2));
  return { k, file };
});

const rows = measureAll([
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'journeymap --version', args: [BIN, '--version'] },
  { label: 'example → svg', args: build(EXAMPLE, 'svg', 'o1') },
  { label: 'example → svg,pdf,html', args: build(EXAMPLE, 'svg,pdf,html', 'o2') },
  { label: 'example → png', args: build(EXAMPLE, 'png', 'o3') },
  { label: 'example → pdf', args: build(EXAMPLE, 'pdf', 'o6') },
  { label: 'example → pptx', args: build(EXAMPLE, 'pptx', 'o7') },
  { label: 'example → xlsx', args: build(EXAMPLE, 'xlsx', 'o8') },
  { label: 'example → html', args: build(EXAMPLE, 'html', 'o9') },
  { label: 'latin 4x6x2 → pdf', args: build(latin, 'pdf', 'l1') },
  { label: 'cjk 4x6x2 → pdf', args: build(cjk, 'pdf', 'c1') },
  { label: 'cjk 4x6x2 → svg', args: build(cjk, 'svg', 'c2') },
  { label: 'large 12x15x3 → svg', args: build(large, 'svg', 'o4') },
  { label: 'large 12x15x3 → all', args: build(large, 'svg,pdf,html,png', 'o5') },
  { label: 'large 12x15x3 1.1 → svg', args: build(large11, 'svg', 'o10') },
  { label: 'large 12x15x3 1.1 → all', args: build(large11, 'svg,pdf,html,png', 'o11') },
  { label: `batch ${BATCH} → svg`, args: build(batch, 'svg', 'b1') },
  { label: `batch ${BATCH} → svg,pdf,html`, args: build(batch, 'svg,pdf,html', 'b2') },
  ...scaled.map(({ k, file }) => ({ label: `scale ${k}x → svg`, args: build(file, 'svg', `s${k}`) })),
]);
const base = rows[0].ms;

const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('case', 26)}${pad('median ms', 12)}${pad('x node', 9)}peak RSS MB`);
for (const row of rows) {
  if (row.skipped) console.log(`${pad(row.label, 26)}skipped (${row.skipped})`);
  else console.log(`${pad(row.label, 26)}${pad(row.ms.toFixed(1), 12)}${pad((row.ms / base).toFixed(2), 9)}${row.rss.toFixed(1)}`);
}

const get = (label) => rows.find((r) => r.label === label && !r.skipped);
const targets = [
  // Issue 14's targets (version 1 measured 2.5x, 5.7x and 5.9x).
  ['svg cold ≤ 2.3x node', get('example → svg'), (r) => r.ms / base <= 2.3],
  ['svg+pdf+html ≤ 4.5x node', get('example → svg,pdf,html'), (r) => r.ms / base <= 4.5],
  ['large svg ≤ 4x node', get('large 12x15x3 → svg'), (r) => r.ms / base <= 4],
  ['png ≤ 8x node', get('example → png'), (r) => r.ms / base <= 8],
  ['pptx ≤ 2x pdf', get('example → pptx'), (r) => r.ms <= 2 * (get('example → pdf')?.ms ?? 0)],
  ['xlsx ≤ 2x pdf', get('example → xlsx'), (r) => r.ms <= 2 * (get('example → pdf')?.ms ?? 0)],
  ['cjk pdf ≤ 2x latin pdf', get('cjk 4x6x2 → pdf'), (r) => r.ms <= 2 * (get('latin 4x6x2 → pdf')?.ms ?? 0)],
  ['large svg < 300 ms', get('large 12x15x3 → svg'), (r) => r.ms < 300],
  ['large all < 1500 ms', get('large 12x15x3 → all'), (r) => r.ms < 1500],
  ['large svg RSS < 150 MB', get('large 12x15x3 → svg'), (r) => r.rss < 150],
  ['large all RSS < 300 MB', get('large 12x15x3 → all'), (r) => r.rss < 300],
  [`batch ${BATCH} svg+pdf+html ≤ 15 ms a journey`, get(`batch ${BATCH} → svg,pdf,html`), (r) => r.ms / BATCH <= 15],
  [`batch ${BATCH} svg+pdf+html RSS < 500 MB`, get(`batch ${BATCH} → svg,pdf,html`), (r) => r.rss < 500],
];
console.log('\ntargets');
for (const [name, row, ok] of targets) console.log(`  ${row ? (ok(row) ? 'PASS' : 'MISS') : 'n/a '}  ${name}`);

// Growth: a fixed start-up cost plus a cost per unit of content (1x = 2 stages x 6 touchpoints x
// 2 personas). Linear growth shows as a steady cost per added unit between consecutive sizes.
const grown = scaled.map(({ k }) => ({ k, row: get(`scale ${k}x → svg`) })).filter((g) => g.row);
if (grown.length > 1) {
  console.log('\ncontent scaling → svg (1x = 12 touchpoints; linear growth = a steady ms per added 1x)');
  grown.forEach(({ k, row }, i) => {
    const previous = grown[i - 1];
    const perUnit = previous ? ` ${((row.ms - previous.row.ms) / (k - previous.k)).toFixed(1)} ms per added 1x` : '';
    console.log(`  ${String(k).padStart(2)}x: ${row.ms.toFixed(1)} ms${perUnit}`);
  });
}
const batchRows = [get(`batch ${BATCH} → svg`), get(`batch ${BATCH} → svg,pdf,html`)].filter(Boolean);
if (batchRows.length > 0) {
  console.log(`\nbatch of ${BATCH} journeys (default --jobs)`);
  for (const row of batchRows) console.log(`  ${row.label}: ${(row.ms / BATCH).toFixed(1)} ms per journey`);
}
rmSync(work, { recursive: true, force: true });

// The portfolio site of 200 journeys: build time against the HTML alone, index size, filtering.
const { benchSite } = await import('./bench-site.mjs');
await benchSite({ journeys: 200, runs: Math.min(RUNS, 3) });

// The build cache: 200 journeys rebuilt with nothing changed, against `node -e 0` (target ≤ 3x).
const { benchCache } = await import('./bench-cache.mjs');
benchCache({ journeys: 200, runs: Math.min(RUNS, 5) });
