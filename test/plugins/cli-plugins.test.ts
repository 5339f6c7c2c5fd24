// Plugins and PNG through the built CLI (run `npm run build` first; `npm test` does): the
// Markdown example end to end, plugins from the config, load failures as usage errors, a
// renderer that throws costing only its file, and --scale reaching the PNG.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngHeader } from '../png/decode-png.js';
import { REPO_ROOT, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const MARKDOWN_PLUGIN = readFileSync(join(REPO_ROOT, 'examples/plugins/markdown-summary.js'), 'utf8');

const plugin = (renderer: string): string => `export default { apiVersion: 1, renderers: [${renderer}] };`;
/** Throws for journeys whose title mentions "boom", so one file fails and the others build. */
const FRAGILE = plugin(`{ format: 'txt', extension: 'txt', mediaType: 'text/plain',
  async render(scene, context) {
    if (context.journey.title.includes('boom')) throw new Error('cannot summarize ' + context.journey.title);
    return context.journey.title + ' ' + scene.width;
  } }`);

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('journeymap build with plugins', () => {
  it('prints the Markdown summary of a journey with --plugin ... -f md -o -', () => {
    const dir = tempProject({ 'maps/test.journey.yaml': VALID_JOURNEY });
    const pluginPath = join(REPO_ROOT, 'examples/plugins/markdown-summary.js');
    const result = runCli(['build', 'maps/test.journey.yaml', '--plugin', pluginPath, '-f', 'md', '-o', '-'], { cwd: dir });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# Test journey');
    expect(result.stdout).toMatch(/^### 1\. Discover$/m);
    expect(result.stdout).toMatch(/^- Sees an ad$/m);
  });

  const examples = readdirSync(join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('.journey.yaml'));

  it.each(examples)('summarizes examples/%s as the docs show', (file) => {
    const args = ['build', `examples/${file}`, '--plugin', './examples/plugins/markdown-summary.js', '-f', 'md', '-o', '-'];
    const result = runCli(args, { cwd: REPO_ROOT });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# \S/);
    expect(result.stdout).toMatch(/^## KPIs/m);
  });

  it('loads `plugins:` from the config relative to the config file, from any working directory', () => {
    const dir = tempProject({
      'journeymap.config.yaml': 'plugins: [./renderers/summary.js]\nformats: [md, svg]\n',
      'renderers/summary.js': MARKDOWN_PLUGIN,
      'maps/test.journey.yaml': VALID_JOURNEY,
    });
    const result = runCli(['build', 'test.journey.yaml', '-o', join(dir, 'out')], { cwd: join(dir, 'maps') });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const outputs = ['md', 'svg'].map((ext) => join(dir, 'out', 'maps', `test.${ext}`));
    expect(outputs.filter((file) => !existsSync(file))).toEqual([]);
    expect(readFileSync(outputs[0]!, 'utf8')).toContain('# Test journey');
  });

  it.each([
    ['a missing file', { 'x.journey.yaml': VALID_JOURNEY }, './nope.js', /nope\.js/],
    ['a missing package', { 'x.journey.yaml': VALID_JOURNEY }, 'journeymap-plugin-nope', /journeymap-plugin-nope/],
    ['a module that throws', { 'x.journey.yaml': VALID_JOURNEY, 'p.mjs': "throw new Error('kaboom');" }, './p.mjs', /kaboom/],
    [
      'the wrong apiVersion',
      { 'x.journey.yaml': VALID_JOURNEY, 'p.mjs': 'export default { apiVersion: 3, renderers: [] };' },
      './p.mjs',
      /apiVersion/,
    ],
    [
      'a format clash with a built-in',
      {
        'x.journey.yaml': VALID_JOURNEY,
        'p.mjs': plugin("{ format: 'svg', extension: 'svg', mediaType: 'image/svg+xml', render: async () => '' }"),
      },
      './p.mjs',
      /"svg".*built-in.*p\.mjs/,
    ],
  ])('makes %s a usage error (exit 2) naming the module', (_what, files, specifier, mentioned) => {
    const dir = tempProject(files);
    const result = runCli(['build', 'x.journey.yaml', '--plugin', specifier, '-f', 'svg'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(mentioned);
    noStack(result.stderr);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('turns a renderer that throws into render-failed for that file while other files build', () => {
    const dir = tempProject({
      'fragile.mjs': FRAGILE,
      'good.journey.yaml': VALID_JOURNEY,
      'bad.journey.yaml': VALID_JOURNEY.replace('Test journey', 'Test boom journey'),
    });
    const result = runCli(['build', '.', '--plugin', './fragile.mjs', '-f', 'txt,svg', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const diagnostics = JSON.parse(result.stdout) as { code: string; file: string; message: string }[];
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['render-failed', 'bad.journey.yaml']]);
    expect(diagnostics[0]!.message).toContain('cannot summarize');
    expect(readFileSync(join(dir, 'out/good.txt'), 'utf8')).toMatch(/^Test journey \d/);
    expect(existsSync(join(dir, 'out/good.svg'))).toBe(true);
    expect(existsSync(join(dir, 'out/bad.txt'))).toBe(false);
  });
});

describe('journeymap build -f png', () => {
  it('writes a PNG scaled by --scale, and --check finds a rebuild identical', () => {
    const dir = tempProject({ 'x.journey.yaml': VALID_JOURNEY });
    const one = runCli(['build', 'x.journey.yaml', '-f', 'png,svg'], { cwd: dir });
    expect(one.status).toBe(0);
    const svg = readFileSync(join(dir, 'out/x.svg'), 'utf8');
    const [, w, h] = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg) ?? [];
    const base = readPngHeader(readFileSync(join(dir, 'out/x.png')));
    expect([base.width, base.height]).toEqual([Math.round(Number(w)), Math.round(Number(h))]);

    const twice = runCli(['build', 'x.journey.yaml', '-f', 'png', '--scale', '2', '-o', 'out2'], { cwd: dir });
    expect(twice.status).toBe(0);
    const big = readPngHeader(readFileSync(join(dir, 'out2/x.png')));
    expect([big.width, big.height]).toEqual([Math.round(Number(w) * 2), Math.round(Number(h) * 2)]);

    const again = runCli(['build', 'x.journey.yaml', '-f', 'png', '--scale', '2', '--check', '-o', 'out2'], { cwd: dir });
    expect(again.status).toBe(0);
  });

  it('refuses a --scale outside (0, 8] as a usage error', () => {
    const dir = tempProject({ 'x.journey.yaml': VALID_JOURNEY });
    const result = runCli(['build', 'x.journey.yaml', '-f', 'png', '--scale', '9'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--scale');
  });
});
