// One input never clobbers another: an output path equal to an input of the run (journey, import,
// image, theme file, config file) or to another output of the run is a usage error (exit 2), and
// the files are left byte for byte as they were. `-o ''` is refused rather than meaning the cwd.
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const LIBRARY = 'personas:\n  - { id: ann, name: Ann }\n';
const SVG_IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#f00"/></svg>\n';
/** A plugin module whose one format writes files with the given extension. */
const plugin = (format: string, extension: string) =>
  `export default { apiVersion: 1, renderers: [{ format: '${format}', extension: '${extension}', mediaType: 'text/plain', render: async () => 'PLUGIN OUTPUT\\n' }] };\n`;

/** Every file under dir (relative, sorted), .git left out: proof that nothing was written. */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => !f.startsWith('.git') && !f.endsWith('.journeymap-manifest.json') && f !== 'out')
    .sort();
}

describe('outputs that would overwrite an input are refused before anything is written', () => {
  it('build m.svg -o . -f svg would replace the journey itself', () => {
    const cwd = tempProject({ 'm.svg': VALID_JOURNEY });
    const r = runCli(['build', 'm.svg', '-o', '.', '-f', 'svg'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('m.svg (the svg of m.svg) would overwrite the journey m.svg, an input of this run');
    expect(readFileSync(join(cwd, 'm.svg'), 'utf8')).toBe(VALID_JOURNEY);
  });

  it('a plugin with extension journey.yaml would overwrite the journeys', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'p.mjs': plugin('yamlish', 'journey.yaml') });
    const before = listing(cwd);
    const r = runCli(['build', '.', '-o', '.', '--plugin', './p.mjs', '-f', 'svg,yamlish'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a.journey.yaml (the yamlish of a.journey.yaml) would overwrite the journey a.journey.yaml');
    expect(readFileSync(join(cwd, 'a.journey.yaml'), 'utf8')).toBe(VALID_JOURNEY);
    expect(listing(cwd)).toEqual(before); // not even a.svg
  });

  it('a plugin format reusing the svg extension would replace the built-in SVG', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'p.mjs': plugin('fake', 'svg') });
    const r = runCli(['build', 'a.journey.yaml', '--plugin', './p.mjs', '-f', 'svg,fake'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'out/a.svg (the svg of a.journey.yaml) and out/a.svg (the fake of a.journey.yaml) would write the same file',
    );
    expect(listing(cwd)).toEqual(['a.journey.yaml', 'p.mjs']);
  });

  it('the config file and a theme file are inputs too', () => {
    const config = 'formats: [svg]\n';
    const theme = 'extends: default\n';
    const cwd = tempProject({
      'journeymap.config.yaml': config,
      'journeymap.config.journey.yaml': VALID_JOURNEY,
      'brand.yaml': theme,
      'p.mjs': plugin('y', 'yaml'),
    });
    const r = runCli(['build', 'journeymap.config.journey.yaml', '-o', '.', '--plugin', './p.mjs', '-f', 'y'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('would overwrite the config file journeymap.config.yaml');
    const t = runCli(['build', 'journeymap.config.journey.yaml', '-o', '.', '--plugin', './p.mjs', '-f', 'y', '--theme', 'brand.yaml'], {
      cwd: cwd,
    });
    expect(t.status).toBe(2);
    // the journey's output is journeymap.config.yaml; a brand journey would write brand.yaml:
    const cwd2 = tempProject({ 'brand.journey.yaml': VALID_JOURNEY, 'brand.yaml': theme, 'p.mjs': plugin('y', 'yaml') });
    const b = runCli(['build', 'brand.journey.yaml', '-o', '.', '--plugin', './p.mjs', '-f', 'y', '--theme', 'brand.yaml'], { cwd: cwd2 });
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('brand.yaml (the y of brand.journey.yaml) would overwrite the theme file brand.yaml');
    expect(readFileSync(join(cwd, 'journeymap.config.yaml'), 'utf8')).toBe(config);
    expect(readFileSync(join(cwd2, 'brand.yaml'), 'utf8')).toBe(theme);
  });

  it('a plugin module is an input too', () => {
    const module = plugin('mjs', 'mjs');
    const cwd = tempProject({ 'p.journey.yaml': VALID_JOURNEY, 'p.mjs': module });
    const r = runCli(['build', 'p.journey.yaml', '-o', '.', '--plugin', './p.mjs', '-f', 'mjs'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('p.mjs (the mjs of p.journey.yaml) would overwrite the plugin module ./p.mjs, an input of this run');
    expect(readFileSync(join(cwd, 'p.mjs'), 'utf8')).toBe(module);
  });

  it('an output folder reached through a symlink is the same folder', () => {
    const cwd = tempProject({ 'm.svg': VALID_JOURNEY });
    symlinkSync('.', join(cwd, 'here'));
    const r = runCli(['build', 'm.svg', '-o', 'here', '-f', 'svg'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('would overwrite the journey m.svg');
    expect(readFileSync(join(cwd, 'm.svg'), 'utf8')).toBe(VALID_JOURNEY);
  });

  it("-o '' is a usage error, not the working directory", () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'a.journey.yaml', '-o', '', '-f', 'svg'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('-o needs an output folder');
    expect(listing(cwd)).toEqual(['a.journey.yaml']);
  });
});

describe('inputs known only after compiling (imports, images)', () => {
  it('an import that is an output of its journey: exit 2, nothing written for it, the other journey builds', () => {
    const cwd = tempProject({
      'a.journey.yaml': `imports: [out/a.yaml]\n${VALID_JOURNEY}`,
      'b.journey.yaml': VALID_JOURNEY,
      'out/a.yaml': LIBRARY,
      'p.mjs': plugin('y', 'yaml'),
    });
    const r = runCli(['build', 'a.journey.yaml', 'b.journey.yaml', '--plugin', './p.mjs', '-f', 'svg,y'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'journeymap: error: out/a.yaml (the y of a.journey.yaml) would overwrite out/a.yaml, read by a.journey.yaml, an input of this run; nothing was written for a.journey.yaml',
    );
    expect(readFileSync(join(cwd, 'out', 'a.yaml'), 'utf8')).toBe(LIBRARY);
    expect(existsSync(join(cwd, 'out', 'a.svg'))).toBe(false);
    // The other journey's outputs are its own and do not touch any input: written.
    expect(readFileSync(join(cwd, 'out', 'b.yaml'), 'utf8')).toBe('PLUGIN OUTPUT\n');
    expect(existsSync(join(cwd, 'out', 'b.svg'))).toBe(true);
  });

  it('a persona image that is an output of the run', () => {
    const cwd = tempProject({
      'a.journey.yaml': VALID_JOURNEY.replace('{ id: maria, name: Maria }', '{ id: maria, name: Maria, image: out/a.svg }'),
      'out/a.svg': SVG_IMAGE,
    });
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg,html'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('out/a.svg (the svg of a.journey.yaml) would overwrite out/a.svg, read by a.journey.yaml');
    expect(readFileSync(join(cwd, 'out', 'a.svg'), 'utf8')).toBe(SVG_IMAGE);
    expect(existsSync(join(cwd, 'out', 'a.html'))).toBe(false);
  });

  it.each([['1'], ['2']])(
    "an earlier journey's output that a later one imports: the clash is found before anything is written (--jobs %s)",
    (jobs) => {
      const cwd = tempProject({
        'a.journey.yaml': VALID_JOURNEY,
        'b.journey.yaml': `imports: [out/a.yaml]\n${VALID_JOURNEY}`,
        'c.journey.yaml': VALID_JOURNEY,
        'out/a.yaml': LIBRARY,
        'p.mjs': plugin('y', 'yaml'),
      });
      const r = runCli(
        ['build', 'a.journey.yaml', 'b.journey.yaml', 'c.journey.yaml', '--plugin', './p.mjs', '-f', 'svg,y', '--jobs', jobs],
        {
          cwd,
        },
      );
      expect(r.status).toBe(2);
      const clash = 'out/a.yaml (the y of a.journey.yaml) would overwrite out/a.yaml, read by b.journey.yaml, an input of this run';
      expect(r.stderr).toContain(`${clash}; nothing was written for a.journey.yaml`);
      expect(r.stderr).toContain(`${clash}; nothing was written for b.journey.yaml`);
      // a was built first, yet its outputs stay unwritten: the import b read is untouched.
      expect(readFileSync(join(cwd, 'out', 'a.yaml'), 'utf8')).toBe(LIBRARY);
      expect(existsSync(join(cwd, 'out', 'a.svg'))).toBe(false);
      expect(existsSync(join(cwd, 'out', 'b.svg'))).toBe(false);
      // The journey outside the clash is written; no temporary is left behind.
      expect(existsSync(join(cwd, 'out', 'c.svg'))).toBe(true);
      expect(readdirSync(join(cwd, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
  );

  it("an import that is another journey's output of the run is refused for the journey that reads it", () => {
    const cwd = tempProject({
      'a.journey.yaml': VALID_JOURNEY,
      'b.journey.yaml': `imports: [out/a.yaml]\n${VALID_JOURNEY}`,
      'out/a.yaml': LIBRARY,
      'p.mjs': plugin('y', 'yaml'),
    });
    const r = runCli(['build', 'b.journey.yaml', 'a.journey.yaml', '--plugin', './p.mjs', '-f', 'y', '--jobs', '2'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('out/a.yaml (the y of a.journey.yaml) would overwrite out/a.yaml, read by b.journey.yaml');
    expect(existsSync(join(cwd, 'out', 'b.yaml'))).toBe(false);
  });
});
