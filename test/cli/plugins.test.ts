// Plugins through the CLI: --plugin adds a format, a duplicate format or a missing module is a
// usage error naming both origins, a throwing renderer is a render-failed error for that file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const MARKDOWN = join(REPO_ROOT, 'examples', 'plugins', 'markdown-summary.js');
const plugin = (format: string, body: string) =>
  `export default { apiVersion: 1, renderers: [{ format: '${format}', extension: '${format}', mediaType: 'text/plain', render: async () => { ${body} } }] };\n`;

describe('plugins on the command line', () => {
  it('--plugin adds a format next to the built-ins', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', 'a.journey.yaml', '--plugin', MARKDOWN, '-f', 'md,svg'], { cwd });
    expect(r.status).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'a.md'), 'utf8')).toContain('Test journey');
    expect(existsSync(join(cwd, 'out', 'a.svg'))).toBe(true);
  });

  it('config plugins resolve from the config folder', () => {
    const cwd = tempProject({
      'journeymap.config.yaml': 'plugins: [./renderers/txt.mjs]\nformats: [txt]\noutDir: out\n',
      'renderers/txt.mjs': plugin('txt', "return 'plain';"),
      'maps/a.journey.yaml': VALID_JOURNEY,
    });
    expect(runCli(['build', 'a.journey.yaml'], { cwd: join(cwd, 'maps') }).status).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'maps', 'a.txt'), 'utf8')).toBe('plain');
  });

  it('--plugin plug/stats.mjs (an existing file, no ./) loads the file, not a package', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'plug/stats.mjs': plugin('stats', "return 'counted';") });
    const r = runCli(['build', 'a.journey.yaml', '--plugin', 'plug/stats.mjs', '-f', 'stats'], { cwd });
    expect(r.stderr).toBe('wrote 1 file to out for 1 journey\n');
    expect(r.status).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'a.stats'), 'utf8')).toBe('counted');
  });

  it('a taken format or a missing module is a usage error (2) naming the modules', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'dup.mjs': plugin('svg', "return '';") });
    const dup = runCli(['build', 'a.journey.yaml', '--plugin', './dup.mjs'], { cwd });
    expect(dup.status).toBe(2);
    expect(dup.stderr).toContain('built-in');
    expect(dup.stderr).toContain('./dup.mjs');
    const missing = runCli(['build', 'a.journey.yaml', '--plugin', './nope.mjs'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('./nope.mjs');
  });

  it('a renderer that throws is a render-failed error for that journey only; it writes nothing', () => {
    const cwd = tempProject({
      'a.journey.yaml': VALID_JOURNEY,
      'b.journey.yaml': VALID_JOURNEY.replace('tom: -1', 'tom: 0'),
      'boom.mjs': plugin('boom', "if (context.journey.file === 'a.journey.yaml') throw new Error('kaput'); return 'ok';").replace(
        'async ()',
        'async (scene, context)',
      ),
    });
    const r = runCli(['build', '--plugin', './boom.mjs', '-f', 'svg,boom'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[render-failed]');
    expect(r.stderr).toContain('kaput');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(cwd, 'out', 'a.svg'))).toBe(false);
    expect(readFileSync(join(cwd, 'out', 'b.boom'), 'utf8')).toBe('ok');
    expect(existsSync(join(cwd, 'out', 'b.svg'))).toBe(true);
  });
});
