// Save → rebuilt latency of `build --watch` on the examples: copies examples/ to a temporary
// project, starts the watcher, saves each example the way editors do (a temporary file renamed
// over it) several times, and times each save until the "[watch] 1 journey" status line.
// Usage: node scripts/bench-watch.mjs [formats=svg] [saves per example=8]
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const formats = process.argv[2] ?? 'svg';
const saves = Number(process.argv[3] ?? 8);
const repo = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'jm-bench-watch-'));
mkdirSync(join(dir, '.git'));
cpSync(join(repo, 'examples'), join(dir, 'examples'), {
  recursive: true,
  filter: (src) => !src.endsWith('.svg') && !src.includes('plugins'),
});

const child = spawn(process.execPath, [join(repo, 'bin', 'journeymap.js'), 'build', 'examples', '--watch', '-f', formats], { cwd: dir });
let err = '';
let waiter;
child.stderr.on('data', (chunk) => {
  err += chunk;
  waiter?.();
});
const waitFor = (pattern, from) =>
  new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no ${pattern} in:\n${err}`)), 20_000);
    waiter = () => {
      if (pattern.test(err.slice(from))) {
        clearTimeout(timeout);
        waiter = undefined;
        resolve();
      }
    };
    waiter();
  });

await waitFor(/watching/, 0);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const rows = [];
for (const name of readdirSync(join(dir, 'examples'))
  .filter((f) => f.endsWith('.journey.yaml'))
  .sort()) {
  const file = join(dir, 'examples', name);
  const original = readFileSync(file, 'utf8');
  const times = [];
  for (let i = 0; i < saves; i++) {
    await new Promise((resolve) => setTimeout(resolve, 120)); // apart from the last save's recheck
    const mark = err.length;
    writeFileSync(join(dir, 'examples', `.${name}.tmp`), original.replace(/^title: (.*)$/m, `title: $1 (${i})`));
    const started = performance.now();
    renameSync(join(dir, 'examples', `.${name}.tmp`), file);
    await waitFor(/\[watch\] 1 journey: wrote/, mark);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  rows.push(
    `${name.padEnd(36)} median ${percentile(times, 0.5).toFixed(0).padStart(4)} ms   max ${times[times.length - 1].toFixed(0).padStart(4)} ms`,
  );
}
child.kill('SIGINT');
await new Promise((resolve) => child.on('exit', resolve));
rmSync(dir, { recursive: true, force: true });
console.log(`save → rebuilt, -f ${formats}, ${saves} rename-saves each:\n${rows.join('\n')}`);
