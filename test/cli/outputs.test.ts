// Where outputs go and what they hold: mirroring, -o -, stdin, atomic no-clobber on errors,
// only *.journey.yaml from folders, determinism.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

// The maps written; the output manifest (.journeymap-manifest.json, test/cli/shard-clean.test.ts) aside.
const listFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : e.name === '.journeymap-manifest.json' ? [] : [join(prefix, e.name)],
  );

describe('build outputs', () => {
  it('mirrors folders relative to the project (not the folder argument), picking only *.journey.yaml|yml', () => {
    const cwd = tempProject({
      'maps/a.journey.yaml': VALID_JOURNEY,
      'maps/team/b.journey.yml': VALID_JOURNEY,
      'maps/ci.yaml': 'on: push\n',
      'maps/node_modules/c.journey.yaml': BROKEN_JOURNEY,
      'maps/.drafts/d.journey.yaml': BROKEN_JOURNEY,
    });
    const r = runCli(['build', 'maps', '-f', 'svg', '-o', 'site'], { cwd });
    expect(r.status).toBe(0);
    expect(listFiles(join(cwd, 'site')).sort()).toEqual([join('maps', 'a.svg'), join('maps', 'team', 'b.svg')]);
  });

  it('writes an explicit file of any name to <out>/<its folder>/<name>.<ext>, default folder out', () => {
    const cwd = tempProject({ 'maps/checkout.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'maps/checkout.yaml', '-f', 'svg'], { cwd }).status).toBe(0);
    expect(listFiles(join(cwd, 'out'))).toEqual([join('maps', 'checkout.svg')]);
  });

  it('build with a path argument and --check without one agree on every output path (and vice versa)', () => {
    const files = { 'maps/first-order.journey.yaml': VALID_JOURNEY, 'maps/b2b/x.journey.yaml': VALID_JOURNEY };
    // The README's CI recipe: build a folder, then check the whole project.
    const cwd = tempProject(files);
    expect(runCli(['build', 'maps', '-f', 'svg'], { cwd }).status).toBe(0);
    expect(listFiles(join(cwd, 'out')).sort()).toEqual([join('maps', 'b2b', 'x.svg'), join('maps', 'first-order.svg')]);
    const check = runCli(['build', '--check', '-f', 'svg'], { cwd });
    expect(check.stderr).toBe('2 files up to date in out for 2 journeys\n');
    expect(check.status).toBe(0);
    // A file, a folder and a glob check the same outputs.
    for (const path of ['maps/b2b/x.journey.yaml', 'maps/b2b', 'maps/**/x.journey.yaml']) {
      expect(runCli(['build', path, '--check', '-f', 'svg'], { cwd }).status, path).toBe(0);
    }
    // Vice versa, with the paths from the config's include.
    const config = tempProject({ ...files, 'journeymap.config.yaml': 'include: [maps]\nformats: [svg]\n' });
    expect(runCli(['build'], { cwd: config }).status).toBe(0);
    expect(runCli(['build', 'maps', '--check'], { cwd: config }).status).toBe(0);
    expect(runCli(['build', 'maps/first-order.journey.yaml', '--check'], { cwd: config }).status).toBe(0);
    // From a sub-folder, outputs still mirror the project: config outDir and paths from the config's folder.
    const sub = tempProject({ ...files, 'journeymap.config.yaml': 'outDir: site\nformats: [svg]\n' });
    expect(runCli(['build', 'x.journey.yaml'], { cwd: join(sub, 'maps', 'b2b') }).status).toBe(0);
    expect(listFiles(join(sub, 'site'))).toEqual([join('maps', 'b2b', 'x.svg')]);
    expect(runCli(['build', 'maps/b2b/x.journey.yaml', '--check'], { cwd: sub }).status).toBe(0);
    // Without outDir, out/ is beside the config file too, not in the sub-folder.
    const bare = tempProject({ ...files, 'journeymap.config.yaml': 'formats: [svg]\n' });
    expect(runCli(['build', 'x.journey.yaml'], { cwd: join(bare, 'maps', 'b2b') }).status).toBe(0);
    expect(listFiles(join(bare, 'out'))).toEqual([join('maps', 'b2b', 'x.svg')]);
    expect(runCli(['build', 'maps/b2b', '--check'], { cwd: bare }).status).toBe(0);
  });

  it('names persona views <name>.<persona>.<ext> and rejects an unknown persona', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'a.journey.yaml', '-f', 'svg', '--persona', 'tom'], { cwd }).status).toBe(0);
    expect(existsSync(join(cwd, 'out', 'a.tom.svg'))).toBe(true);
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg', '--persona', 'marie'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('did you mean "maria"');
  });

  it('-o - writes the single artifact to stdout and nothing to disk', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg', '-o', '-'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout.trimStart().startsWith('<')).toBe(true);
    expect(r.stdout).toContain('<svg');
    expect(r.stdout).toContain('Test journey');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });

  it('-o - passes binary artifacts through untouched (png)', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'a.journey.yaml', '-f', 'png', '-o', '-'], { cwd });
    expect(r.status).toBe(0);
    expect([...r.stdoutBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('-o - with two formats or two journeys is a usage error', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'b.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'a.journey.yaml', '-f', 'svg,html', '-o', '-'], { cwd }).status).toBe(2);
    expect(runCli(['build', '.', '-f', 'svg', '-o', '-'], { cwd }).status).toBe(2);
  });

  it('reads one journey from stdin with -, naming it <stdin> and writing out/stdin.svg', () => {
    const cwd = tempProject();
    const ok = runCli(['build', '-', '-f', 'svg'], { cwd, stdin: VALID_JOURNEY });
    expect(ok.status).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'stdin.svg'), 'utf8')).toContain('Test journey');
    const piped = runCli(['build', '-', '-f', 'svg', '-o', '-'], { cwd, stdin: VALID_JOURNEY });
    expect(piped.stdout).toContain('<svg');
    const bad = runCli(['build', '-', '-f', 'svg'], { cwd, stdin: BROKEN_JOURNEY });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/<stdin>:8:\d+/);
  });

  it('a broken file among good ones: the good ones build, the broken one keeps its old output', () => {
    const cwd = tempProject({
      'maps/good.journey.yaml': VALID_JOURNEY,
      'maps/bad.journey.yaml': VALID_JOURNEY,
      'maps/other.journey.yaml': VALID_JOURNEY,
    });
    expect(runCli(['build', 'maps', '-f', 'svg'], { cwd }).status).toBe(0);
    const previous = readFileSync(join(cwd, 'out', 'maps', 'bad.svg'));
    writeFileSync(join(cwd, 'maps', 'bad.journey.yaml'), BROKEN_JOURNEY);
    writeFileSync(join(cwd, 'maps', 'good.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'Changed title'));
    const r = runCli(['build', 'maps', '-f', 'svg'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('maps/bad.journey.yaml:8');
    expect(readFileSync(join(cwd, 'out', 'maps', 'good.svg'), 'utf8')).toContain('Changed title');
    expect(readFileSync(join(cwd, 'out', 'maps', 'bad.svg')).equals(previous)).toBe(true);
    expect(readdirSync(join(cwd, 'out', 'maps')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a broken file writes nothing when it never built', () => {
    const cwd = tempProject({ 'good.journey.yaml': VALID_JOURNEY, 'bad.journey.yaml': BROKEN_JOURNEY });
    expect(runCli(['build', '-f', 'svg'], { cwd }).status).toBe(1);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['.journeymap-manifest.json', 'good.svg']);
  });

  it('is deterministic: two builds give identical bytes', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', '-f', 'svg', '-o', 'one'], { cwd }).status).toBe(0);
    expect(runCli(['build', '-f', 'svg', '-o', 'two'], { cwd }).status).toBe(0);
    const one = readFileSync(join(cwd, 'one', 'a.svg'));
    expect(one.length).toBeGreaterThan(100);
    expect(one.equals(readFileSync(join(cwd, 'two', 'a.svg')))).toBe(true);
    expect(one.toString('utf8')).not.toContain(cwd);
  });

  it('refuses two inputs whose outputs differ only by case, before writing anything', () => {
    const cwd = tempProject({ 'Checkout.journey.yaml': VALID_JOURNEY, 'checkout.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', '.', '-f', 'svg,html', '-o', 'out'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'out/Checkout.svg (the svg of Checkout.journey.yaml) and out/checkout.svg (the svg of checkout.journey.yaml) would write the same file on a case-insensitive file system (macOS, Windows)',
    );
    expect(r.stderr).toContain('nothing was written');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('refuses two inputs that would write the same file', () => {
    const cwd = tempProject({ 'x/a.journey.yaml': VALID_JOURNEY, 'x/a.journey.yml': VALID_JOURNEY });
    const r = runCli(['build', 'x', '-f', 'svg'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('same output');
  });
});
