// build --site through the built CLI: the files it writes, the index's cards and stale marks, the
// map pages' breadcrumbs, the views' links to exact touchpoints, a folder that references nothing
// outside itself, byte-determinism, `site: true` and staleAfterDays in the config, and its usage errors.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspHash } from '../../src/render/html/content-security-policy.js';
import { runCli, tempProject } from '../support/run-cli.js';
import { SITE_FILES, SITE_PROJECT } from '../support/site-project.js';

function filesUnder(dir: string): string[] {
  return (
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      // The run's manifest (for --clean) is not a page.
      .filter((f) => statSync(join(dir, f)).isFile() && !f.endsWith('.journeymap-manifest.json'))
      .map((f) => f.split('\\').join('/'))
      .sort()
  );
}

const epochOf = (date: string): string => String(Date.parse(`${date}T00:00:00Z`) / 1000);
const SITE_PAGES = [
  'index.html',
  'portfolio/kpis.html',
  'portfolio/opportunities.html',
  'portfolio/personas.html',
  'portfolio/structure.html',
];

describe('build --site', () => {
  let dir: string;
  let out: string;
  const read = (path: string): string => readFileSync(join(out, path), 'utf8');

  beforeAll(() => {
    dir = tempProject(SITE_PROJECT);
    out = join(dir, 'out');
    const result = runCli(['build', '--site', '-f', 'html'], { cwd: dir });
    expect(result.stderr).toBe('wrote 10 files to out for 5 journeys\n');
    expect(result.status).toBe(0);
  });

  it('writes every map page and the five site pages, and nothing else', () => {
    expect(filesUnder(out)).toEqual(SITE_FILES);
  });

  it('gives index.html to the site and the journey named index index-journey.html', () => {
    expect(read('index.html')).toContain('<h1>Journeys</h1>');
    expect(read('index-journey.html')).toContain('<title>Sales pipeline</title>');
    expect(read('index-journey.html')).toContain(
      '<nav class="jmp-site-nav" aria-label="Breadcrumb"><ol><li><a href="index.html">All journeys</a></li><li><span aria-current="page">Sales pipeline</span></li></ol></nav>',
    );
  });

  it('has a card per journey in title order, with its facts and filters', () => {
    const index = read('index.html');
    const titles = [...index.matchAll(/<li class="card"[^>]*><h2><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(titles).toEqual([
      ['maps/detail/door-code.html', 'Door code'],
      ['maps/detail/doorstep.html', 'Doorstep handover'],
      ['maps/overview.html', 'Order overview'],
      ['maps/future.html', 'Order overview, future'],
      ['index-journey.html', 'Sales pipeline'],
    ]);
    expect(index).toContain(
      '<li class="card" data-state="current" data-owner="CX team" data-updated="2026-01-10" data-tags="[&quot;orders&quot;]" data-personas="[&quot;ana&quot;,&quot;ben&quot;]" data-search="order overview&#10;finds the product&#10;receives the parcel">',
    );
    expect(index).toContain(
      '<p class="meta">2 stages · 2 touchpoints · 2 pains · 1 opportunity</p><p class="meta health-missed">KPIs: 0 on target, 2 off target</p>',
    );
    expect(index).toContain('<option value="ana">Ana, buyer</option><option value="ben">Ben, support agent</option>');
    expect(index).toContain(
      '<select id="f-owner"><option value="">Any</option><option value="CX team">CX team</option><option value="Logistics">Logistics</option><option value="Sales">Sales</option></select>',
    );
    expect(index).toContain('<p class="shown" id="shown" role="status" data-template="{shown} of {total} shown">5 of 5 shown</p>');
  });

  it('marks only the journey without a date stale at build time (the rest is measured when viewed)', () => {
    const index = read('index.html');
    expect(index).toContain('data-stale-days="180" data-epoch="0"');
    const marks = [...index.matchAll(/<span class="badge badge-stale"( hidden)? title="([^"]+)">/g)].map((m) => [m[1] === undefined, m[2]]);
    expect(marks).toEqual([
      [true, 'No review date'],
      [false, 'Not reviewed for more than 180 days'],
      [false, 'Not reviewed for more than 180 days'],
      [false, 'Not reviewed for more than 180 days'],
      [false, 'Not reviewed for more than 180 days'],
    ]);
  });

  it('gives each map page its way back and its overviews', () => {
    const nav = (page: string): string => /<nav class="jmp-site-nav"[^>]*>.*?<\/nav>/.exec(read(page))?.[0] ?? '';
    expect(nav('maps/detail/door-code.html')).toBe(
      '<nav class="jmp-site-nav" aria-label="Breadcrumb"><ol><li><a href="../../index.html">All journeys</a></li>' +
        '<li><a href="../overview.html#tp-receive">Order overview</a></li><li><a href="doorstep.html#tp-ring">Doorstep handover</a></li>' +
        '<li><span aria-current="page">Door code</span></li></ol></nav>',
    );
    expect(nav('maps/overview.html')).toBe(
      '<nav class="jmp-site-nav" aria-label="Breadcrumb"><ol><li><a href="../index.html">All journeys</a></li><li><span aria-current="page">Order overview</span></li></ol></nav>',
    );
  });

  it('lists every pain and opportunity, grouped, with evidence and a link to its touchpoint', () => {
    const page = read('portfolio/opportunities.html');
    expect(page).toContain(
      '<tr><td>Pain point</td><td>Slow search</td><td>Order overview</td><td>Browse</td><td><a href="../maps/overview.html#tp-find">Finds the product</a></td><td>Web</td><td>Research</td></tr>',
    );
    // By owner without the owner column, by stage without the stage column, by persona with both.
    expect(page).toContain(
      '<tr><td>Pain point</td><td>Slow search</td><td>Order overview</td><td>Browse</td><td><a href="../maps/overview.html#tp-find">Finds the product</a></td><td>Research</td></tr>',
    );
    expect(page).toContain(
      '<tr><td>Pain point</td><td>Slow search</td><td>Order overview</td><td><a href="../maps/overview.html#tp-find">Finds the product</a></td><td>Web</td><td>Research</td></tr>',
    );
    const counts = /<caption>Count per owner<\/caption>.*?<tbody>\n([\s\S]*?)\n<\/tbody>/.exec(page)?.[1];
    expect(counts?.split('\n')).toEqual([
      '<tr><td>Logistics</td><td class="num">1</td><td class="num">1</td></tr>',
      '<tr><td>Web</td><td class="num">1</td><td class="num">2</td></tr>',
      '<tr><td>No owner</td><td class="num">1</td><td class="num">0</td></tr>',
    ]);
    expect([...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['Count per owner', 'By owner', 'By stage', 'By persona']);
    expect([...page.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual([
      'Logistics',
      'Web',
      'No owner',
      'Arrive',
      'Browse',
      'Deliver',
      'Enter',
      'Ana, buyer',
      'Ben, support agent',
      'Customer',
    ]);
  });

  it('lists every KPI with value, target, status and trend', () => {
    const rows = [...read('portfolio/kpis.html').matchAll(/<tr><td>.*<\/tr>/g)].map((m) => m[0]);
    expect(rows).toEqual([
      '<tr><td>NPS</td><td>Order overview</td><td>Journey</td><td class="num">30</td><td class="num">40</td><td><span class="missed">✗ Off target</span></td><td>Rising (25 → 30)</td></tr>',
      '<tr><td>Search success</td><td>Order overview</td><td><a href="../maps/overview.html#tp-find">Browse › Finds the product</a></td><td class="num">70%</td><td class="num">80%</td><td><span class="missed">✗ Off target</span></td><td>No data</td></tr>',
    ]);
  });

  it('shows each shared persona once, with every touchpoint and emotion', () => {
    const page = read('portfolio/personas.html');
    expect([...page.matchAll(/<h2>([^<]+)<\/h2><p>([^<]+)<\/p>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['Ana, buyer', '3 journeys · 4 touchpoints'],
      ['Ben, support agent', '2 journeys · 3 touchpoints'],
    ]);
    expect(page).toContain(
      '<tr><td>Order overview, future</td><td>Browse</td><td><a href="../maps/future.html#tp-find">Finds the product fast</a></td><td>+2 (very positive)</td></tr>',
    );
    expect(page).toContain(
      '<tr><td>Order overview</td><td>Deliver</td><td><a href="../maps/overview.html#tp-receive">Receives the parcel</a></td><td>0 (neutral)</td></tr>',
    );
  });

  it('draws the tree of map links and the compare pairs', () => {
    const page = read('portfolio/structure.html');
    expect(page).toContain(
      '<ul class="tree"><li><a href="../maps/overview.html">Order overview</a><ul><li><a href="../maps/detail/doorstep.html">Doorstep handover</a> ' +
        '<span class="via">via <a href="../maps/overview.html#tp-receive">Receives the parcel</a></span><ul><li><a href="../maps/detail/door-code.html">Door code</a> ' +
        '<span class="via">via <a href="../maps/detail/doorstep.html#tp-ring">Rings the bell</a></span></li></ul></li></ul></li></ul>',
    );
    expect(page).toContain(
      '<tr><td><a href="../maps/overview.html">Order overview</a></td><td><a href="../maps/future.html">Order overview, future</a></td></tr>',
    );
  });

  it('references nothing outside its folder, and every link resolves (to a touchpoint that exists)', () => {
    for (const page of SITE_FILES) {
      const html = read(page);
      for (const [, attr, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
        if (value!.startsWith('#') || (attr === 'href' && value!.startsWith('data:'))) continue;
        expect(value, `${page}: ${value}`).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        const [path, hash] = value!.split('#');
        const target = resolve(dirname(join(out, page)), decodeURIComponent(path!));
        expect(relative(out, target).startsWith('..'), `${page}: ${value}`).toBe(false);
        expect(existsSync(target), `${page}: ${value}`).toBe(true);
        if (hash?.startsWith('tp-')) expect(readFileSync(target, 'utf8'), `${page}: ${value}`).toContain(`data-ref="${hash.slice(3)}"`);
      }
    }
  });

  it('pins every inline style and script of a site page in its CSP, which forbids the rest', () => {
    for (const page of SITE_PAGES) {
      const html = read(page);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
      expect(csp.startsWith("default-src 'none'; img-src data:; font-src data:; style-src 'sha256-")).toBe(true);
      for (const [, text] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) expect(csp).toContain(cspHash(text!));
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(scripts.length).toBe(page === 'index.html' ? 1 : 0);
      for (const text of scripts) expect(csp).toContain(cspHash(text));
      if (scripts.length === 0) expect(csp).toContain("script-src 'none'");
    }
  });

  it('is byte-deterministic, on worker threads too (summaries come back from the workers)', () => {
    const again = runCli(['build', '--site', '-f', 'html', '-o', 'again', '--jobs', '2', '--verbose'], { cwd: dir });
    expect(again.stderr).toContain('building on 2 threads');
    expect(again.status).toBe(0);
    for (const file of SITE_FILES) expect(readFileSync(join(dir, 'again', file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });

  it('is up to date for --check, and names a changed page', () => {
    expect(runCli(['build', '--site', '-f', 'html', '--check'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(out, 'portfolio/kpis.html'), 'edited');
    const check = runCli(['build', '--site', '-f', 'html', '--check'], { cwd: dir });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('out/portfolio/kpis.html');
  });
});

describe('build --site, stale marks and the config', () => {
  it('marks stale journeys at build time against SOURCE_DATE_EPOCH, with staleAfterDays and site: true from the config', () => {
    const dir = tempProject({ ...SITE_PROJECT, 'journeymap.config.yaml': 'site: true\nstaleAfterDays: 30\nformats: [svg]\n' });
    const result = runCli(['build'], { cwd: dir, env: { SOURCE_DATE_EPOCH: epochOf('2026-03-20') } });
    expect(result.status).toBe(0);
    // `site` implies html beside the config's svg.
    expect(existsSync(join(dir, 'out/maps/overview.svg')) && existsSync(join(dir, 'out/maps/overview.html'))).toBe(true);
    const index = readFileSync(join(dir, 'out/index.html'), 'utf8');
    expect(index).toContain(`data-stale-days="30" data-epoch="${epochOf('2026-03-20')}"`);
    const stale = [
      ...index.matchAll(
        /<li class="card"[^>]*><h2><a[^>]*>([^<]+)<\/a><\/h2><p class="meta">.*?<span class="badge badge-stale"( hidden)?/g,
      ),
    ].map((m) => [m[1], m[2] === undefined]);
    expect(stale).toEqual([
      ['Door code', true],
      ['Doorstep handover', true],
      ['Order overview', true],
      ['Order overview, future', false],
      ['Sales pipeline', true],
    ]);
  });

  it('refuses staleAfterDays that is not a positive whole number, at its line', () => {
    const dir = tempProject({ ...SITE_PROJECT, 'journeymap.config.yaml': 'site: true\nstaleAfterDays: 1.5\n' });
    const result = runCli(['build'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('journeymap.config.yaml:2:17');
  });
});

describe('build --site usage errors', () => {
  it('cannot write a site to standard output', () => {
    const dir = tempProject(SITE_PROJECT);
    const result = runCli(['build', 'maps/overview.journey.yaml', '--site', '-o', '-', '-f', 'html'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('journeymap: error: --site writes a folder of pages: it cannot be combined with -o -\n');
  });

  it('refuses a journey whose map page would be a page of the site, writing nothing', () => {
    const dir = tempProject({
      ...SITE_PROJECT,
      'portfolio/kpis.journey.yaml': 'title: KPIs\nstages:\n  - name: One\n    touchpoints: [Step]\n',
    });
    const result = runCli(['build', '--site', '-f', 'html'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'out/portfolio/kpis.html (the html of portfolio/kpis.journey.yaml) and out/portfolio/kpis.html (a page of the site) would write the same file',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
