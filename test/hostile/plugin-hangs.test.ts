// Plugins that hang or misbehave: a render that never settles, a busy loop, a top-level await that
// never resolves or a module that loops while loading end after --render-timeout, as a renderer
// that throws does: render-failed naming the plugin for each journey, nothing written, exit 1
// (a module that cannot load is a usage error, exit 2). Plugin code runs on its own worker thread.
// Timeouts of a few seconds: loading counts against them too, and a loaded CI machine is slow.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileJourney, renderArtifacts } from '../../src/compile.js';
import type { Renderer } from '../../src/render/renderer.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const SECOND = VALID_JOURNEY.replace('Test journey', 'Second journey');
/** A plugin module with one format `bad` whose render body is `body`, next to a well-behaved `good`. */
const plugin = (body: string, top = '') =>
  `${top}\nexport default { apiVersion: 1, renderers: [
  { format: 'bad', extension: 'bad', mediaType: 'text/plain', async render(scene, context) { ${body} } },
  { format: 'good', extension: 'good', mediaType: 'text/plain', async render(scene, context) { return 'good ' + context.journey.title; } },
] };\n`;

function project(module: string) {
  return tempProject({ 'maps/a.journey.yaml': VALID_JOURNEY, 'maps/b.journey.yaml': SECOND, 'p.mjs': module });
}

/** Runs the CLI and measures it: a hang shows as a long time (or the runner's 60 s kill, status null). */
function timed(args: string[], cwd: string) {
  const start = Date.now();
  const r = runCli(args, { cwd });
  return { ...r, seconds: (Date.now() - start) / 1000 };
}

/** The files a build wrote under out/ (the run's manifest of outputs aside): [] when nothing. */
const written = (cwd: string): string[] =>
  existsSync(join(cwd, 'out'))
    ? (readdirSync(join(cwd, 'out'), { recursive: true }) as string[]).filter((f) => f !== '.journeymap-manifest.json')
    : [];

const failedLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error['));

describe('renders that never end are stopped after --render-timeout', () => {
  it('a render that never settles: render-failed for each journey, naming the plugin; nothing written', () => {
    const cwd = project(plugin('return new Promise(() => {});'));
    const r = timed(['build', 'maps', '--plugin', './p.mjs', '-f', 'svg,bad', '--render-timeout', '3'], cwd);
    expect(r.status).toBe(1);
    expect(r.seconds).toBeLessThan(20);
    expect(failedLines(r.stderr)).toEqual([
      'error[render-failed]: the bad renderer failed: plugin "./p.mjs" did not finish rendering maps/a.journey.yaml within 3 s (--render-timeout); it was stopped',
      'error[render-failed]: the bad renderer failed: plugin "./p.mjs" did not finish rendering maps/a.journey.yaml within 3 s (--render-timeout); it was stopped then and not asked to render this journey',
    ]);
    expect(r.stderr).toContain('--> maps/b.journey.yaml');
    expect(written(cwd)).toEqual([]);
  });

  it('a busy loop on the main build and under --jobs 2', () => {
    const cwd = project(plugin('for (;;) {}'));
    for (const jobs of [[], ['--jobs', '2']]) {
      const r = timed(['build', 'maps', '--plugin', './p.mjs', '-f', 'svg,bad', '--render-timeout', '3', ...jobs], cwd);
      expect(r.status, r.stderr).toBe(1);
      expect(r.seconds).toBeLessThan(20);
      const lines = failedLines(r.stderr);
      expect(lines).toHaveLength(2);
      for (const line of lines)
        expect(line).toMatch(
          /^error\[render-failed\]: the bad renderer failed: plugin "\.\/p\.mjs" did not finish rendering maps\/[ab]\.journey\.yaml within 3 s/,
        );
      expect(written(cwd)).toEqual([]);
    }
  });

  it('renderTimeout from the config; a well-behaved format of the same plugin still builds', () => {
    const cwd = tempProject({
      'journeymap.config.yaml': 'renderTimeout: 2.5\nplugins: [./p.mjs]\n',
      'a.journey.yaml': VALID_JOURNEY,
      'p.mjs': plugin('return new Promise(() => {});'),
    });
    const bad = timed(['build', 'a.journey.yaml', '-f', 'bad'], cwd);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('within 2.5 s (--render-timeout)');
    const good = runCli(['build', 'a.journey.yaml', '-f', 'good,svg'], { cwd });
    expect(good.status).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'a.good'), 'utf8')).toBe('good Test journey');
  });

  it('a plugin that ends its thread (process.exit) fails its render, not the build process', () => {
    const cwd = project(plugin('process.exit(3);'));
    const r = timed(['build', 'maps/a.journey.yaml', '--plugin', './p.mjs', '-f', 'svg,bad'], cwd);
    expect(r.status).toBe(1);
    expect(failedLines(r.stderr)).toEqual([
      'error[render-failed]: the bad renderer failed: plugin "./p.mjs" ended its thread (exit code 3); it was stopped',
    ]);
  });

  it('bad --render-timeout values are usage errors', () => {
    const cwd = project(plugin("return 'x';"));
    for (const bad of ['0', '-1', 'abc', '', '3601']) {
      const r = runCli(['build', 'maps', '-f', 'svg', '--render-timeout', bad], { cwd });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`journeymap: error: --render-timeout must be a number of seconds above 0, at most 3600; got "${bad}"\n`);
    }
    const config = tempProject({ 'journeymap.config.yaml': 'renderTimeout: 0\n', 'a.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'a.journey.yaml', '-f', 'svg'], { cwd: config }).status).toBe(1);
  });
});

describe('plugin modules that never finish loading are usage errors naming the module', () => {
  it('a top-level await that never resolves', () => {
    const cwd = project(plugin("return 'x';", 'await new Promise(() => {});'));
    const r = timed(['build', 'maps', '--plugin', './p.mjs', '-f', 'svg', '--render-timeout', '3'], cwd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('journeymap: error: plugin "./p.mjs" failed to load: its top-level await never settled\n');
  });

  it('a top-level await on a timer longer than the timeout, and a module that loops while loading', () => {
    for (const top of ['await new Promise((r) => setTimeout(r, 600_000));', 'for (;;) {}']) {
      const cwd = project(plugin("return 'x';", top));
      const r = timed(['build', 'maps', '--plugin', './p.mjs', '-f', 'svg', '--render-timeout', '3', '--jobs', '2'], cwd);
      expect(r.status).toBe(2);
      expect(r.seconds).toBeLessThan(20);
      expect(r.stderr).toBe(
        'journeymap: error: plugin "./p.mjs" failed to load: its module did not finish loading within 3 s (--render-timeout); it was stopped\n',
      );
    }
  });
});

describe('a renderer returning neither a string nor bytes', () => {
  it('is render-failed naming the plugin, not an ERR_INVALID_ARG_TYPE usage error', () => {
    const cwd = project(plugin('return 42;'));
    const r = runCli(['build', 'maps/a.journey.yaml', '--plugin', './p.mjs', '-f', 'svg,bad'], { cwd });
    expect(r.status).toBe(1);
    expect(failedLines(r.stderr)).toEqual([
      'error[render-failed]: the bad renderer failed: plugin "./p.mjs" returned 42 instead of a string or a Uint8Array',
    ]);
    expect(r.stderr).not.toContain('ERR_INVALID_ARG_TYPE');
    expect(written(cwd)).toEqual([]);
  });

  it('in-process renderers (the API) get the same check', async () => {
    const { view, scene } = compileJourney(
      { path: 'a.journey.yaml', text: VALID_JOURNEY },
      { host: { readFile: () => undefined }, theme: defaultTheme },
    );
    if (!view || !scene) throw new Error('the journey should compile');
    const odd: Renderer = { format: 'odd', extension: 'odd', mediaType: 'text/plain', render: async () => ({ not: 'bytes' }) as never };
    const result = await renderArtifacts({ view, scene }, [odd], {
      theme: view.theme,
      assets: { get: () => undefined },
      epoch: 0,
      options: {},
    });
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['render-failed', 'the odd renderer failed: it returned object instead of a string or a Uint8Array'],
    ]);
  });
});

describe('what a plugin prints', () => {
  it('goes to stderr, so -o - keeps standard output to the artifact', () => {
    const cwd = project(plugin("console.log('chatty plugin'); return 'the artifact';"));
    const r = runCli(['build', 'maps/a.journey.yaml', '--plugin', './p.mjs', '-f', 'bad', '-o', '-'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('the artifact');
    expect(r.stderr).toContain('chatty plugin');
  });
});
