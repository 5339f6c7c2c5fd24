// build's cache (spec 1.1 "Cache"): unchanged journeys are skipped and said so; a change to the
// journey, a file it imports, an output, the formats or the config rebuilds; --no-cache builds all;
// a deleted or corrupt cache is a miss; the cache holds no absolute paths.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const LIBRARY = `personas:\n  - { id: maria, name: Maria }\n`;
const IMPORTING = `title: Importing journey
imports: [../shared/people.yaml]
stages:
  - name: Discover
    touchpoints:
      - name: Sees an ad
        emotion: { maria: 1 }
`;

function project(): string {
  return tempProject({
    'maps/a.journey.yaml': VALID_JOURNEY,
    'maps/b.journey.yaml': IMPORTING,
    'shared/people.yaml': LIBRARY,
  });
}

const build = (dir: string, ...args: string[]) => runCli(['build', 'maps', '-f', 'svg,html', ...args], { cwd: dir, env: { CI: '1' } });
const cacheDir = (dir: string) => join(dir, 'node_modules/.cache/journeymap');

describe('build cache', () => {
  it('skips unchanged journeys and says so; rebuilds exactly what changed', () => {
    const dir = project();
    expect(build(dir).stderr).toBe('wrote 4 files to out for 2 journeys\n');
    const second = build(dir);
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('2 journeys unchanged in out\n');
    // The imported library changed: only the journey that reads it is rebuilt.
    writeFileSync(join(dir, 'shared/people.yaml'), `${LIBRARY}  - { id: tom, name: Tom }\n`);
    expect(build(dir).stderr).toBe('wrote 2 files to out for 1 journey; 1 journey unchanged\n');
    // The journey itself changed.
    writeFileSync(join(dir, 'maps/a.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'Renamed journey'));
    expect(build(dir).stderr).toBe('wrote 2 files to out for 1 journey; 1 journey unchanged\n');
    expect(readFileSync(join(dir, 'out/maps/a.svg'), 'utf8')).toContain('Renamed journey');
    // --check agrees with the cache.
    expect(runCli(['build', 'maps', '-f', 'svg,html', '--check'], { cwd: dir }).status).toBe(0);
  });

  it('rebuilds a journey whose output was edited or deleted, and restores it byte for byte', () => {
    const dir = project();
    build(dir);
    const svg = join(dir, 'out/maps/a.svg');
    const good = readFileSync(svg);
    writeFileSync(svg, 'hand-edited');
    expect(build(dir).stderr).toBe('wrote 2 files to out for 1 journey; 1 journey unchanged\n');
    expect(readFileSync(svg).equals(good)).toBe(true);
    rmSync(join(dir, 'out/maps/b.html'));
    expect(build(dir).stderr).toBe('wrote 2 files to out for 1 journey; 1 journey unchanged\n');
  });

  it('keys on the formats and options; --no-cache builds everything', () => {
    const dir = project();
    build(dir);
    expect(runCli(['build', 'maps', '-f', 'svg'], { cwd: dir }).stderr).toBe('wrote 2 files to out for 2 journeys\n');
    expect(build(dir, '--no-cache').stderr).toBe('wrote 4 files to out for 2 journeys\n');
    expect(build(dir, '--theme', 'print').stderr).toBe('wrote 4 files to out for 2 journeys\n');
    expect(build(dir, '--theme', 'print').stderr).toBe('2 journeys unchanged in out\n');
    expect(runCli(['build', 'maps', '-f', 'svg,html'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } }).stderr).toBe(
      'wrote 4 files to out for 2 journeys\n',
    );
  });

  it('is safe to delete or damage, holds no absolute paths, and moves with cacheDir', () => {
    const dir = project();
    build(dir);
    const entries = readdirSync(cacheDir(dir));
    expect(entries).toHaveLength(2);
    for (const name of entries) {
      expect(name).toMatch(/^[0-9a-f]{64}\.json$/);
      const text = readFileSync(join(cacheDir(dir), name), 'utf8');
      expect(text).not.toContain(dir);
      writeFileSync(join(cacheDir(dir), name), text.slice(0, 20));
    }
    expect(build(dir).stderr).toBe('wrote 4 files to out for 2 journeys\n');
    rmSync(cacheDir(dir), { recursive: true });
    expect(build(dir).stderr).toBe('wrote 4 files to out for 2 journeys\n');
    writeFileSync(join(dir, 'journeymap.config.yaml'), 'cacheDir: .jm-cache\n');
    expect(build(dir).stderr).toBe('wrote 4 files to out for 2 journeys\n');
    expect(readdirSync(join(dir, '.jm-cache'))).toHaveLength(2);
    expect(build(dir).stderr).toBe('2 journeys unchanged in out\n');
  });

  it("reports a cached journey's warnings again", () => {
    const dir = tempProject({ 'maps/w.journey.yaml': VALID_JOURNEY });
    const lint = (r: { stderr: string }) =>
      r.stderr
        .split('\n')
        .filter((l) => l.startsWith('warning'))
        .sort();
    const first = runCli(['build', 'maps', '-f', 'svg'], { cwd: dir });
    const second = runCli(['build', 'maps', '-f', 'svg'], { cwd: dir });
    expect(second.stderr).toContain('1 journey unchanged in out');
    expect(lint(second)).toEqual(lint(first));
  });
});

describe('build cache: what a no-change run does', () => {
  const outputs = (dir: string) =>
    readdirSync(join(dir, 'out/maps'))
      .sort()
      .map((name) => {
        const path = join(dir, 'out/maps', name);
        return { name, bytes: readFileSync(path).toString('base64'), mtimeMs: statSync(path).mtimeMs };
      });

  it('starts no worker thread and leaves every output as it was', () => {
    const dir = project();
    const first = build(dir, '--jobs', '2', '--verbose');
    expect(first.stderr).toContain('building on 2 threads\n');
    const before = outputs(dir);
    expect(before.map((o) => o.name)).toEqual(['a.html', 'a.svg', 'b.html', 'b.svg']);
    const second = build(dir, '--jobs', '2', '--verbose');
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('2 journeys unchanged in out\n');
    expect(outputs(dir)).toEqual(before);
  });

  it('rebuilds a journey edited without a change of size or modification time', async () => {
    const dir = project();
    const journey = join(dir, 'maps/a.journey.yaml');
    // A whole second, so utimes can set it again exactly; then settled (unchanged for 2 s,
    // read-stamp.ts) before the first build: the cache records its stat.
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(journey, hourAgo, hourAgo);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    build(dir);
    const reads = readdirSync(cacheDir(dir)).flatMap(
      (name) => (JSON.parse(readFileSync(join(cacheDir(dir), name), 'utf8')) as { reads: string[][] }).reads,
    );
    expect(reads.find(([path]) => path === 'maps/a.journey.yaml')?.[2]).toMatch(/^\d+:[\d.]+:[\d.]+:\d+:\d+$/);
    expect(build(dir).stderr).toBe('2 journeys unchanged in out\n');
    const { size } = statSync(journey);
    writeFileSync(journey, VALID_JOURNEY.replace('Test journey', 'Best journey'));
    utimesSync(journey, hourAgo, hourAgo);
    expect(statSync(journey).size).toBe(size);
    expect(statSync(journey).mtimeMs).toBe(hourAgo * 1000);
    expect(build(dir).stderr).toBe('wrote 2 files to out for 1 journey; 1 journey unchanged\n');
    expect(readFileSync(join(dir, 'out/maps/a.svg'), 'utf8')).toContain('Best journey');
    expect(build(dir).stderr).toBe('2 journeys unchanged in out\n');
  });

  it('rebuilds a journey edited within the same second it was built from', () => {
    const dir = project();
    const journey = join(dir, 'maps/a.journey.yaml');
    // Written just now: its timestamps have not settled, so the cache hashes it on every run.
    build(dir);
    const { atime, mtime } = statSync(journey);
    writeFileSync(journey, VALID_JOURNEY.replace('Test journey', 'Best journey'));
    utimesSync(journey, atime, mtime);
    expect(build(dir).stderr).toBe('wrote 2 files to out for 1 journey; 1 journey unchanged\n');
    expect(readFileSync(join(dir, 'out/maps/a.svg'), 'utf8')).toContain('Best journey');
  });
});
