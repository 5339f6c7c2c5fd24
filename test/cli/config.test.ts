// journeymap.config.yaml: include, outDir, formats; its own mistakes are diagnostics (exit 1);
// flags override it; it is found from a sub-folder (project root).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

describe('config file', () => {
  it('supplies include, outDir and formats when no paths or flags are given', () => {
    const cwd = tempProject({
      'journeymap.config.yaml': 'include: ["maps/**/*.journey.yaml"]\noutDir: build\nformats: [svg]\n',
      'maps/team/a.journey.yaml': VALID_JOURNEY,
      'drafts/b.journey.yaml': VALID_JOURNEY,
    });
    const r = runCli(['build'], { cwd });
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    expect(existsSync(join(cwd, 'build/maps/team/a.svg'))).toBe(true);
    expect(existsSync(join(cwd, 'build/drafts/b.svg'))).toBe(false);
  });

  it('is found from a sub-folder, whose outputs go under the config outDir, mirroring the project', () => {
    const cwd = tempProject({
      'journeymap.config.yaml': 'outDir: site\nformats: [svg]\n',
      'maps/a.journey.yaml': VALID_JOURNEY,
    });
    const r = runCli(['build', 'a.journey.yaml'], { cwd: join(cwd, 'maps') });
    expect(r.status).toBe(0);
    expect(existsSync(join(cwd, 'site/maps/a.svg'))).toBe(true);
  });

  it('flags override the config', () => {
    const cwd = tempProject({ 'journeymap.config.yaml': 'formats: [pdf]\n', 'a.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', '-f', 'svg', '-o', 'x'], { cwd }).status).toBe(0);
    expect(existsSync(join(cwd, 'x/a.svg'))).toBe(true);
    expect(existsSync(join(cwd, 'x/a.pdf'))).toBe(false);
  });

  it('reports its own mistakes with file:line:col and exit 1', () => {
    const cwd = tempProject({ 'journeymap.config.yaml': 'formats: [svg]\noutdir: x\n', 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[unknown-key]');
    expect(r.stderr).toMatch(/journeymap\.config\.yaml:2:1/);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('an unknown format in the config is a usage error with a suggestion', () => {
    const cwd = tempProject({ 'journeymap.config.yaml': 'formats: [svgz]\n', 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('did you mean "svg"');
  });
});
