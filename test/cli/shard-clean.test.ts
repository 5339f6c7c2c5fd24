// build --shard k/n and --clean with <out>/.journeymap-manifest.json (spec 1.1 "Shards", "Clean"):
// every journey in exactly one part, the union of the parts byte-identical to one full build
// (manifest included), usage errors for bad values; --clean deletes only listed outputs of
// journeys that are gone, never a user's own file.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const journeys = Object.fromEntries(
  Array.from({ length: 9 }, (_, i) => [
    `maps/${i % 2 ? 'sub/' : ''}j${i}.journey.yaml`,
    VALID_JOURNEY.replace('Test journey', `Journey ${i}`),
  ]),
);

function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

describe('--shard', () => {
  it('splits the journeys into parts whose union is one full build, byte for byte', () => {
    const dir = tempProject(journeys);
    const full = runCli(['build', 'maps', '-f', 'svg,html', '-o', 'full', '--no-cache'], { cwd: dir });
    expect(full.status).toBe(0);
    const union = new Map<string, string>();
    const seen: string[] = [];
    for (const k of [1, 2, 3]) {
      const out = `part${k}`;
      const r = runCli(['build', 'maps', '-f', 'svg,html', '-o', out, '--shard', `${k}/3`, '--no-cache'], { cwd: dir });
      expect(r.status).toBe(0);
      const part = files(join(dir, out));
      for (const [path, bytes] of part) {
        if (!path.endsWith('.journeymap-manifest.json')) seen.push(path);
        else if (union.has(path)) expect(bytes).toBe(union.get(path));
        union.set(path, bytes);
      }
    }
    // Each output in exactly one part; together every output of the full build, identical.
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Map([...union].sort())).toEqual(new Map([...files(join(dir, 'full'))].sort()));
  });

  it('with --site, only part 1 writes the site, listing every part: the union is one full --site build', () => {
    const dir = tempProject(journeys);
    expect(runCli(['build', 'maps', '-f', 'svg', '--site', '-o', 'full', '--no-cache'], { cwd: dir }).status).toBe(0);
    const union = new Map<string, string>();
    for (const k of [1, 2, 3]) {
      const out = `part${k}`;
      expect(runCli(['build', 'maps', '-f', 'svg', '--site', '-o', out, '--shard', `${k}/3`, '--no-cache'], { cwd: dir }).status).toBe(0);
      const part = files(join(dir, out));
      if (k > 1) expect(part.has('index.html')).toBe(false);
      for (const [path, bytes] of part) union.set(path, bytes);
    }
    expect(new Map([...union].sort())).toEqual(new Map([...files(join(dir, 'full'))].sort()));
  });

  it('assigns by path, not by input order or the paths given', () => {
    const dir = tempProject(journeys);
    runCli(['build', 'maps', '-f', 'svg', '-o', 'a', '--shard', '2/3'], { cwd: dir });
    runCli(['build', 'maps/sub', 'maps', '-f', 'svg', '-o', 'b', '--shard', '2/3'], { cwd: dir });
    expect([...files(join(dir, 'a')).keys()].sort()).toEqual([...files(join(dir, 'b')).keys()].sort());
  });

  it.each(['0/3', '4/3', '1/0', 'a/b', '1', '2/3/4', '-1/2'])('--shard %s is a usage error', (value) => {
    const dir = tempProject(journeys);
    const r = runCli(['build', 'maps', '--shard', value], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shard takes k/n');
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('--clean and the manifest', () => {
  it('lists outputs by journey, deterministically', () => {
    const dir = tempProject({ 'maps/a.journey.yaml': VALID_JOURNEY, 'maps/b.journey.yaml': VALID_JOURNEY });
    runCli(['build', 'maps', '-f', 'svg,html'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'out/.journeymap-manifest.json'), 'utf8'))).toEqual({
      version: 1,
      journeys: { 'maps/a.journey.yaml': ['maps/a.html', 'maps/a.svg'], 'maps/b.journey.yaml': ['maps/b.html', 'maps/b.svg'] },
    });
  });

  it('deletes only the listed outputs of journeys that are gone, never a user file', () => {
    const dir = tempProject({ 'maps/a.journey.yaml': VALID_JOURNEY, 'maps/b.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'maps', '-f', 'svg,html'], { cwd: dir }).status).toBe(0);
    // A persona view of b is built too: also listed, also cleaned with it.
    runCli(['build', 'maps', '-f', 'svg', '--persona', 'maria'], { cwd: dir });
    writeFileSync(join(dir, 'out/maps/notes.md'), 'mine');
    writeFileSync(join(dir, 'out/maps/b.png'), 'mine too, named like an output');
    mkdirSync(join(dir, 'out/keep'));
    rmSync(join(dir, 'maps/b.journey.yaml'));
    // Without --clean nothing is deleted, and b stays listed for a later --clean.
    runCli(['build', 'maps', '-f', 'svg,html'], { cwd: dir });
    expect(existsSync(join(dir, 'out/maps/b.svg'))).toBe(true);
    const r = runCli(['build', 'maps', '-f', 'svg,html', '--clean'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('deleted out/maps/b.html (its journey no longer exists)');
    expect([...files(join(dir, 'out')).keys()].sort()).toEqual(
      ['out/.journeymap-manifest.json'.slice(4), 'maps/a.html', 'maps/a.maria.svg', 'maps/a.svg', 'maps/b.png', 'maps/notes.md'].sort(),
    );
    expect(readFileSync(join(dir, 'out/maps/b.png'), 'utf8')).toBe('mine too, named like an output');
    expect(existsSync(join(dir, 'out/keep'))).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'out/.journeymap-manifest.json'), 'utf8')).journeys)).toEqual([
      'maps/a.journey.yaml',
    ]);
  });

  it('never follows a tampered manifest out of the output folder', () => {
    const dir = tempProject({ 'maps/a.journey.yaml': VALID_JOURNEY, 'precious.txt': 'keep' });
    runCli(['build', 'maps', '-f', 'svg'], { cwd: dir });
    writeFileSync(
      join(dir, 'out/.journeymap-manifest.json'),
      JSON.stringify({ version: 1, journeys: { 'maps/gone.journey.yaml': ['../precious.txt', '/etc/hostname', 'maps/a.svg'] } }),
    );
    expect(runCli(['build', 'maps', '-f', 'svg', '--clean'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep');
    expect(existsSync(join(dir, 'out/maps/a.svg'))).toBe(true);
  });

  it('--clean with --check or -o - is a usage error', () => {
    const dir = tempProject({ 'maps/a.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'maps', '--check', '--clean'], { cwd: dir }).status).toBe(2);
    expect(runCli(['build', 'maps/a.journey.yaml', '-f', 'svg', '-o', '-', '--clean'], { cwd: dir }).status).toBe(2);
  });
});
