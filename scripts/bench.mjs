// Whole-process benchmark of the built CLI (`npm run bench`): cold-start and build wall times
// (median of several runs) against `node -e 0` measured in the same run, peak RSS, and how
// build time grows with journey size. Prints a table and compares it with the targets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** A journey of `stages` x `touchpoints` with `personas`, every lane filled. */
function generateJourney(stages, touchpoints, personas) {
  const ids = Array.from({ length: personas }, (_, i) => `p${i + 1}`);
  const lines = ['title: Generated benchmark journey', 'description: Synthetic content for timing.', 'personas:'];
  for (const id of ids) lines.push(`  - { id: ${id}, name: Persona ${id}, goals: [Finish quickly] }`);
  lines.push('channels:', '  - { id: app, name: Mobile app, kind: digital, icon: mobile }', 'stages:');
  for (let s = 0; s < stages; s++) {
    lines.push(`  - name: Stage ${s + 1}`, `    objective: Move the customer on to stage ${s + 2}.`, '    touchpoints:');
    for (let t = 0; t < touchpoints; t++) {
      const emotion = ids.map((id, i) => `${id}: ${((s + t + i) % 5) - 2}`).join(', ');
      lines.push(
        `      - name: Touchpoint ${s + 1}.${t + 1} with a longer name that wraps`,
        '        channel: app',
        '        action: Does something reasonably specific here',
        '        thought: "Will this work the way I expect it to?"',
        `        emotion: { ${emotion} }`,
        '        pains: [Waits too long, Unclear wording]',
        '        opportunities: [Show progress]',
        '        frontstage: Screen and notification',
        '        backstage: Order service',
        '        owner: Product team',
        `        critical: ${t === 0}`,
        '        kpis: [{ name: Conversion, value: 40, target: 50, unit: "%" }]',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

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

function measure(label, args) {
  const first = once(args);
  if (first.status !== 0) {
    return { label, skipped: `exit ${first.status}: ${first.stderr.trim().split('\n')[0] ?? ''}` };
  }
  const times = [first.ms];
  for (let i = 1; i < RUNS; i++) times.push(once(args).ms);
  return { label, ms: median(times), rss: peakRssMb(args) };
}

const build = (input, formats, out) => [BIN, 'build', input, '-f', formats, '-o', join(work, out), '-q'];
const large = join(work, 'large.journey.yaml');
writeFileSync(large, generateJourney(12, 15, 3));
const scaled = [1, 2, 5, 10].map((k) => {
  const file = join(work, `scale-${k}x.journey.yaml`);
  writeFileSync(file, generateJourney(2 * k, 6, 2));
  return { k, file };
});

const rows = [
  measure('node -e 0', ['-e', '0']),
  measure('journeymap --version', [BIN, '--version']),
  measure('example → svg', build(EXAMPLE, 'svg', 'o1')),
  measure('example → svg,pdf,html', build(EXAMPLE, 'svg,pdf,html', 'o2')),
  measure('example → png', build(EXAMPLE, 'png', 'o3')),
  measure('large 12x15x3 → svg', build(large, 'svg', 'o4')),
  measure('large 12x15x3 → all', build(large, 'svg,pdf,html,png', 'o5')),
  ...scaled.map(({ k, file }) => measure(`scale ${k}x → svg`, build(file, 'svg', `s${k}`))),
];
const base = rows[0].ms;

const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('case', 26)}${pad('median ms', 12)}${pad('x node', 9)}peak RSS MB`);
for (const row of rows) {
  if (row.skipped) console.log(`${pad(row.label, 26)}skipped (${row.skipped})`);
  else console.log(`${pad(row.label, 26)}${pad(row.ms.toFixed(1), 12)}${pad((row.ms / base).toFixed(2), 9)}${row.rss.toFixed(1)}`);
}

const get = (label) => rows.find((r) => r.label === label && !r.skipped);
const targets = [
  ['svg cold ≤ 3x node', get('example → svg'), (r) => r.ms / base <= 3],
  ['svg+pdf+html ≤ 6x node', get('example → svg,pdf,html'), (r) => r.ms / base <= 6],
  ['png ≤ 8x node', get('example → png'), (r) => r.ms / base <= 8],
  ['large svg < 300 ms', get('large 12x15x3 → svg'), (r) => r.ms < 300],
  ['large all < 1500 ms', get('large 12x15x3 → all'), (r) => r.ms < 1500],
  ['large svg RSS < 150 MB', get('large 12x15x3 → svg'), (r) => r.rss < 150],
  ['large all RSS < 300 MB', get('large 12x15x3 → all'), (r) => r.rss < 300],
];
console.log('\ntargets');
for (const [name, row, ok] of targets) console.log(`  ${row ? (ok(row) ? 'PASS' : 'MISS') : 'n/a '}  ${name}`);

const s1 = get('scale 1x → svg');
if (s1) {
  console.log('\ncontent scaling (time above `node -e 0`, relative to 1x; linear ≈ the factor)');
  for (const { k } of scaled) {
    const row = get(`scale ${k}x → svg`);
    if (row) console.log(`  ${k}x: ${((row.ms - base) / (s1.ms - base)).toFixed(2)}`);
  }
}
rmSync(work, { recursive: true, force: true });
