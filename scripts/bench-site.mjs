// The portfolio site at scale (`npm run bench` runs it after the other cases; alone:
// `node scripts/bench-site.mjs [journeys]`): a generated portfolio of 200 journeys (shared persona
// library, owners, tags, dates, map links and compare pairs), built with -f html and with --site,
// the index's size, and filtering its cards in Chromium. Targets: site ≤ 1.5x the HTML alone,
// index < 1 MB, every filter step < 100 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;
// JM_BENCH_BIN: a copy of the built CLI, when others rebuild dist/ meanwhile.
const BIN = process.env.JM_BENCH_BIN ?? join(ROOT, 'bin', 'journeymap.js');
const OWNERS = ['CX team', 'Logistics', 'Payments', 'Support', 'Growth'];
const TAGS = ['groceries', 'delivery', 'b2b', 'mobile', 'retention', 'onboarding', 'billing', 'roadmap'];

/** Writes a portfolio of `count` journeys into `dir` (a project root). */
export function writePortfolio(dir, count) {
  mkdirSync(join(dir, '.git'), { recursive: true });
  mkdirSync(join(dir, 'maps'), { recursive: true });
  const personas = Array.from({ length: 6 }, (_, i) => `  - { id: p${i}, name: "Persona ${i}", goals: [Get it done] }`);
  writeFileSync(join(dir, 'people.yaml'), `personas:\n${personas.join('\n')}\n`);
  for (let j = 0; j < count; j++) {
    const ids = [`p${j % 6}`, `p${(j + 2) % 6}`];
    const month = String(1 + (j % 12)).padStart(2, '0');
    const lines = [
      `title: Journey ${j} of the portfolio, ${TAGS[j % TAGS.length]}`,
      `owner: ${OWNERS[j % OWNERS.length]}`,
      ...(j % 7 === 3 ? [] : [`updated: ${2025 + (j % 2)}-${month}-15`]),
      `tags: [${TAGS[j % TAGS.length]}, ${TAGS[(j + 3) % TAGS.length]}]`,
      ...(j % 10 === 1 ? ['state: future', `compare: ./j${j - 1}.journey.yaml`] : []),
      'imports: [../people.yaml]',
      `kpis: [{ name: NPS, value: ${20 + (j % 30)}, target: 40 }]`,
      'stages:',
    ];
    for (let s = 0; s < 4; s++) {
      lines.push(`  - name: Stage ${s + 1}`, '    touchpoints:');
      for (let t = 0; t < 4; t++) {
        lines.push(
          `      - id: t${s}-${t}`,
          `        name: Touchpoint ${s + 1}.${t + 1} of journey ${j}`,
          `        owner: ${OWNERS[(j + s + t) % OWNERS.length]}`,
          `        emotion: { ${ids[0]}: ${((s + t + j) % 5) - 2}, ${ids[1]}: ${((s * t + j) % 5) - 2} }`,
          '        pains: [Waits too long]',
          '        opportunities: [Show progress]',
          `        kpis: [{ name: Conversion, value: ${30 + t}, target: 33, unit: "%" }]`,
        );
        // Every tenth journey details its last touchpoint with the next journey.
        if (j % 10 === 0 && s === 3 && t === 3 && j + 2 < count) lines.push(`        map: ./j${j + 2}.journey.yaml`);
      }
    }
    writeFileSync(join(dir, 'maps', `j${j}.journey.yaml`), `${lines.join('\n')}\n`);
  }
}

function timed(args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`journeymap ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Opens each view in Chromium: ms from navigation to the first frame after load. */
async function viewLoadTimes(browser, site) {
  const times = {};
  for (const view of ['opportunities', 'kpis', 'personas', 'structure']) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const start = Date.now();
    await page.goto(pathToFileURL(join(site, 'portfolio', `${view}.html`)).href, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    times[view] = Date.now() - start;
    await page.close();
  }
  return times;
}

/** Filters the index's cards in Chromium; the slowest step in ms (input to a laid-out page). */
async function filterTimes(index) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return undefined;
  }
  if (!existsSync('/usr/bin/chromium')) return undefined;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(index).href);
    return await page
      .evaluate(async () => {
        const step = (id, value) => {
          const el = document.getElementById(id);
          const start = performance.now();
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          void document.body.offsetHeight; // style and layout of the changed cards
          return performance.now() - start;
        };
        const steps = [
          ['q', 'touchpoint 3.2'],
          ['q', 'journey 17'],
          ['q', ''],
          ['f-owner', 'Logistics'],
          ['f-tag', 'delivery'],
          ['f-owner', ''],
          ['f-persona', 'p3'],
          ['f-state', 'future'],
          ['f-state', ''],
          ['f-tag', ''],
          ['f-persona', ''],
          ['sort', 'updated'],
        ];
        const times = [];
        for (let round = 0; round < 3; round++) for (const [id, value] of steps) times.push(step(id, value));
        return {
          max: Math.max(...times),
          median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
          shown: document.getElementById('shown').textContent,
        };
      })
      .then(async (filtering) => ({ ...filtering, views: await viewLoadTimes(browser, join(index, '..')) }));
  } finally {
    await browser.close();
  }
}

/** Runs the site benchmark; prints its rows and targets. */
export async function benchSite({ journeys = 200, runs = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'jm-bench-site-'));
  try {
    writePortfolio(dir, journeys);
    const html = [];
    const site = [];
    // Every run compiles every journey: the build cache (node_modules/.cache) is emptied first.
    const uncached = (args) => {
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
      return timed(args, dir);
    };
    for (let i = 0; i < runs; i++) {
      html.push(uncached(['build', 'maps', '-f', 'html', '-o', 'html-only', '-q']));
      site.push(uncached(['build', 'maps', '--site', '-f', 'html', '-o', 'site', '-q']));
    }
    const index = join(dir, 'site', 'index.html');
    const indexKb = statSync(index).size / 1024;
    const filtering = await filterTimes(index);
    const ratio = median(site) / median(html);
    console.log(`\nportfolio site of ${journeys} journeys (median of ${runs})`);
    console.log(`  -f html:        ${median(html).toFixed(0)} ms`);
    console.log(`  --site -f html: ${median(site).toFixed(0)} ms (${ratio.toFixed(2)}x)`);
    console.log(`  index.html:     ${indexKb.toFixed(0)} KB`);
    if (filtering) {
      console.log(
        `  filtering ${journeys} cards in Chromium: median ${filtering.median.toFixed(1)} ms, slowest ${filtering.max.toFixed(1)} ms`,
      );
      console.log(
        `  opening the views: ${Object.entries(filtering.views)
          .map(([view, ms]) => `${view} ${ms} ms`)
          .join(', ')}`,
      );
    }
    console.log('targets');
    console.log(`  ${ratio <= 1.5 ? 'PASS' : 'MISS'}  site build ≤ 1.5x the HTML alone`);
    console.log(`  ${indexKb < 1024 ? 'PASS' : 'MISS'}  index < 1 MB`);
    console.log(`  ${filtering ? (filtering.max < 100 ? 'PASS' : 'MISS') : 'n/a '}  filtering the cards < 100 ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchSite({ journeys: Number(process.argv[2] ?? 200), runs: Number(process.env.BENCH_RUNS ?? 3) });
}
