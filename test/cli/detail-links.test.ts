// Linked maps through the built CLI: a touchpoint's `map` badge links, in each format, to the
// detail journey's output of the same format, and that link resolves to the file the same build
// wrote (the outputs mirror journey paths; the href is computed by the same stem rule).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, writeTemp } from '../pdf/pdf-tools.js';
import { runCli, tempProject } from '../support/run-cli.js';

const OVERVIEW = `title: Delivery overview
stages:
  - name: Delivery
    touchpoints:
      - id: waits
        name: Waits for the courier
        owner: Logistics
        wait: 1d
        map: ../details/door step.journey.yaml
      - { id: rates, name: Rates it, owner: Care, duration: 2m }
`;
const DETAIL = `title: Finding the door
stages:
  - name: Arrive
    touchpoints: [Rings the bell]
`;

describe('detail-map links in the built outputs', () => {
  const dir = tempProject({
    'journeymap.config.yaml': 'include: "**/*.journey.yaml"\n',
    'maps/overview.journey.yaml': OVERVIEW,
    'details/door step.journey.yaml': DETAIL,
  });
  const result = runCli(['build', '-f', 'svg,html,pdf', '-o', 'out'], { cwd: dir });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds both journeys', () => {
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it.each(['svg', 'html'])('the %s links the detail’s output of the same format, which the build wrote', (ext) => {
    const file = join(dir, 'out', 'maps', `overview.${ext}`);
    const hrefs = [...readFileSync(file, 'utf8').matchAll(/href="([^"]*door[^"]*)"/g)].map((m) => m[1]!);
    expect(new Set(hrefs)).toEqual(new Set([`../details/door%20step.${ext}`]));
    expect(existsSync(resolve(dirname(file), decodeURIComponent(hrefs[0]!)))).toBe(true);
  });

  it('the PDF links the detail’s PDF with a GoToR action', () => {
    const file = join(dir, 'out', 'maps', 'overview.pdf');
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', writeTemp(readFileSync(file))])) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
    };
    const targets = Object.values(json.qpdf[1]).flatMap((o) => (o.value?.['/S'] === '/GoToR' ? [o.value['/F']] : []));
    // A file specification, not a URI: the name as it is.
    expect(targets).toEqual(['u:../details/door step.pdf']);
    expect(existsSync(resolve(dirname(file), '../details/door step.pdf'))).toBe(true);
  });
});

// A detail map that is the top-level index journey: build --site writes it as index-journey.* (index.html
// is the site's), so the badge links there; without --site, index.* as before.
describe('a detail map at the top-level index.journey.yaml', () => {
  const files = {
    'journeymap.config.yaml': 'include: "**/*.journey.yaml"\n',
    'maps/overview.journey.yaml': OVERVIEW.replace('../details/door step.journey.yaml', '../index.journey.yaml'),
    'index.journey.yaml': DETAIL,
  };
  const site = tempProject(files);
  const plain = tempProject(files);
  const siteRun = runCli(['build', '--site', '-f', 'svg,html,pdf', '-o', 'out'], { cwd: site });
  const plainRun = runCli(['build', '-f', 'svg,html', '-o', 'out'], { cwd: plain });
  afterAll(() => [site, plain].forEach((d) => rmSync(d, { recursive: true, force: true })));
  const hrefs = (dir: string, ext: string) =>
    [...readFileSync(join(dir, 'out', 'maps', `overview.${ext}`), 'utf8').matchAll(/href="(\.\.\/index[^"#]*)"/g)].map((m) => m[1]!);

  it.each(['svg', 'html'])('with --site the %s links ../index-journey.<ext>, the file the build wrote', (ext) => {
    expect(siteRun.status, siteRun.stderr).toBe(0);
    const links = new Set(hrefs(site, ext));
    // The site's way back to its index stays ../index.html (HTML only); the detail link is the journey's.
    expect([...links].filter((h) => h !== '../index.html')).toEqual([`../index-journey.${ext}`]);
    expect(existsSync(join(site, 'out', `index-journey.${ext}`))).toBe(true);
  });

  it('with --site the PDF’s GoToR names ../index-journey.pdf', () => {
    const json = JSON.parse(
      run('qpdf', ['--json=2', '--json-key=qpdf', writeTemp(readFileSync(join(site, 'out', 'maps', 'overview.pdf')))]),
    ) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
    const targets = Object.values(json.qpdf[1]).flatMap((o) => (o.value?.['/S'] === '/GoToR' ? [o.value['/F']] : []));
    expect(targets).toEqual(['u:../index-journey.pdf']);
    expect(existsSync(join(site, 'out', 'index-journey.pdf'))).toBe(true);
  });

  it.each(['svg', 'html'])('without --site the %s links ../index.<ext>', (ext) => {
    expect(plainRun.status, plainRun.stderr).toBe(0);
    expect(new Set(hrefs(plain, ext))).toEqual(new Set([`../index.${ext}`]));
    expect(existsSync(join(plain, 'out', `index.${ext}`))).toBe(true);
  });
});

// With --persona a build writes <name>.<persona>.<ext>: the badge links the detail's file for that
// persona when the detail has the persona, else the detail's plain output (this build skips it).
describe('detail-map links with --persona', () => {
  const personas = (ids: string) =>
    `personas:\n${ids
      .split(',')
      .map((id) => `  - { id: ${id}, name: ${id} }\n`)
      .join('')}`;
  const dir = tempProject({
    'journeymap.config.yaml': 'include: "**/*.journey.yaml"\n',
    'maps/overview.journey.yaml': OVERVIEW.replace(
      'title: Delivery overview\n',
      `title: Delivery overview\n${personas('maria,tom')}`,
    ).replace(
      '      - { id: rates, name: Rates it, owner: Care, duration: 2m }\n',
      '      - { id: rates, name: Rates it, owner: Care, duration: 2m, map: ../details/tom only.journey.yaml }\n',
    ),
    'details/door step.journey.yaml': DETAIL.replace('title: Finding the door\n', `title: Finding the door\n${personas('maria')}`),
    'details/tom only.journey.yaml': DETAIL.replace('title: Finding the door\n', `title: Tom's way\n${personas('tom')}`),
  });
  const result = runCli(['build', '--persona', 'maria', '-f', 'svg,html,pdf', '-o', 'out'], { cwd: dir });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (ext: string) => join(dir, 'out', 'maps', `overview.maria.${ext}`);

  it.each(['svg', 'html'])('the %s links door step.maria.<ext>, which the build wrote', (ext) => {
    expect(result.status, result.stderr).toBe(0);
    const hrefs = [...readFileSync(file(ext), 'utf8').matchAll(/href="(\.\.\/details\/[^"]*)"/g)].map((m) => m[1]!);
    expect(new Set(hrefs)).toEqual(new Set([`../details/door%20step.maria.${ext}`, `../details/tom%20only.${ext}`]));
    expect(existsSync(resolve(dirname(file(ext)), decodeURIComponent(`../details/door%20step.maria.${ext}`)))).toBe(true);
    // The detail without Maria is skipped by this build: the link names its plain output.
    expect(existsSync(join(dir, 'out', 'details', `tom only.maria.${ext}`))).toBe(false);
  });

  it('the PDF’s GoToR names door step.maria.pdf', () => {
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', writeTemp(readFileSync(file('pdf')))])) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
    };
    const targets = Object.values(json.qpdf[1]).flatMap((o) => (o.value?.['/S'] === '/GoToR' ? [o.value['/F']] : []));
    expect(new Set(targets)).toEqual(new Set(['u:../details/door step.maria.pdf', 'u:../details/tom only.pdf']));
    expect(existsSync(join(dir, 'out', 'details', 'door step.maria.pdf'))).toBe(true);
  });
});
