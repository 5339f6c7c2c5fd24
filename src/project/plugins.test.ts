// loadPlugin against real modules written to a temporary folder: paths, packages in
// node_modules, and every way a plugin can be unusable.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../render/registry.js';
import { checkPluginShape, loadPlugin, PluginLoadError } from './plugins.js';

const GOOD_RENDERER = `{ format: 'txt', extension: 'txt', mediaType: 'text/plain',
  async render(scene) { return 'w=' + scene.width; } }`;

const FILES: Record<string, string> = {
  'good.js': `export default { apiVersion: 1, renderers: [${GOOD_RENDERER}] };`,
  'named.mjs': `export const plugin = { apiVersion: 1, renderers: [${GOOD_RENDERER}] };`,
  'throws.js': `throw new Error('boom: missing API key');\nexport default {};`,
  'imports-missing.js': `import 'definitely-not-installed-xyz';\nexport default {};`,
  'no-export.js': `export const something = 1;`,
  'api-v2.js': `export default { apiVersion: 2, renderers: [${GOOD_RENDERER}] };`,
  'bad-format.js': `export default { apiVersion: 1, renderers: [{ format: 'Bad Format', extension: 'x',
    mediaType: 'text/plain', async render() { return ''; } }] };`,
  'no-render.js': `export default { apiVersion: 1, renderers: [{ format: 'x', extension: 'x',
    mediaType: 'text/plain' }] };`,
  'sneaky-extension.js': `export default { apiVersion: 1, renderers: [{ format: 'x', extension: '../../etc/x',
    mediaType: 'text/plain', async render() { return ''; } }] };`,
  'package.json': `{ "type": "module" }`,
  'node_modules/jm-plugin-demo/package.json': `{ "name": "jm-plugin-demo", "type": "module", "main": "main.js" }`,
  'node_modules/jm-plugin-demo/main.js': `export default { apiVersion: 1, renderers: [${GOOD_RENDERER}] };`,
  'node_modules/@acme/jm-esm-only/package.json': `{ "name": "@acme/jm-esm-only", "type": "module", "exports": { ".": { "types": "./x.d.ts", "import": "./esm/index.js" } } }`,
  'node_modules/@acme/jm-esm-only/esm/index.js': `export const plugin = { apiVersion: 1, renderers: [${GOOD_RENDERER}] };`,
  'sub/.keep': '',
  'plug/stats.mjs': `export default { apiVersion: 1, renderers: [{ format: 'stats', extension: 'txt', mediaType: 'text/plain',
    async render() { return 'stats'; } }] };`,
};

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jm-plugins-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function loadError(specifier: string, fromDir = dir): Promise<PluginLoadError> {
  const error: unknown = await loadPlugin(specifier, fromDir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PluginLoadError);
  return error as PluginLoadError;
}

describe('loadPlugin', () => {
  it('loads a default-exported plugin by relative path and its renderer works', async () => {
    const plugin = await loadPlugin('./good.js', dir);
    expect(plugin.apiVersion).toBe(1);
    expect(plugin.renderers.map((r) => r.format)).toEqual(['txt']);
    const out = await plugin.renderers[0]!.render(
      { width: 42, height: 1, background: '#fff', title: '', description: '', nodes: [] },
      {} as never,
    );
    expect(out).toBe('w=42');
  });

  it('resolves a relative path against fromDir, not the working directory', async () => {
    const plugin = await loadPlugin('../good.js', join(dir, 'sub'));
    expect(plugin.renderers).toHaveLength(1);
  });

  it('loads a named `plugin` export and an absolute path', async () => {
    const plugin = await loadPlugin(join(dir, 'named.mjs'), '/');
    expect(plugin.renderers[0]!.format).toBe('txt');
  });

  it('loads an existing file written without ./ as a file, before trying a package (as prettier does)', async () => {
    const plugin = await loadPlugin('plug/stats.mjs', dir);
    expect(plugin.renderers.map((r) => r.format)).toEqual(['stats']);
    // Not a file there: still looked up as a package, and its error says so.
    const error = await loadError('plug/stats.mjs', join(dir, 'sub'));
    expect(error.reason).toBe('not-found');
    expect(error.message).toContain('no package "plug/stats.mjs"');
  });

  it('resolves a package name from fromDir node_modules', async () => {
    const plugin = await loadPlugin('jm-plugin-demo', join(dir, 'sub'));
    expect(plugin.renderers[0]!.mediaType).toBe('text/plain');
  });

  it('resolves an ESM-only scoped package whose exports only name "import"', async () => {
    const plugin = await loadPlugin('@acme/jm-esm-only', join(dir, 'sub'));
    expect(plugin.renderers[0]!.format).toBe('txt');
  });

  it('reports a missing file as not-found, naming the module', async () => {
    const error = await loadError('./nope.js');
    expect(error.reason).toBe('not-found');
    expect(error.specifier).toBe('./nope.js');
    expect(error.message).toContain('./nope.js');
  });

  it('reports a missing package as not-found', async () => {
    const error = await loadError('jm-no-such-plugin-abc');
    expect(error.reason).toBe('not-found');
    expect(error.message).toContain('jm-no-such-plugin-abc');
  });

  it('reports a directory given as a path as not-found', async () => {
    expect((await loadError('./sub')).reason).toBe('not-found');
  });

  it('reports a module that throws on import with its message and no stack', async () => {
    const error = await loadError('./throws.js');
    expect(error.reason).toBe('load-failed');
    expect(error.message).toContain('boom: missing API key');
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('reports a module whose own import is missing as load-failed', async () => {
    const error = await loadError('./imports-missing.js');
    expect(error.reason).toBe('load-failed');
    expect(error.message).toContain('definitely-not-installed-xyz');
  });

  it.each([
    ['./no-export.js', 'apiVersion'],
    ['./api-v2.js', 'apiVersion is 2'],
    ['./bad-format.js', 'format'],
    ['./no-render.js', 'render must be a function'],
    ['./sneaky-extension.js', 'extension'],
  ])('rejects the wrong shape of %s', async (specifier, mentioned) => {
    const error = await loadError(specifier);
    expect(error.reason).toBe('invalid-shape');
    expect(error.message).toContain(mentioned);
  });

  it('gives plugins that the registry accepts, and a clash with a built-in is refused', async () => {
    const registry = createRegistry();
    registry.register(await loadPlugin('./good.js', dir), './good.js');
    expect(registry.get('txt')?.origin).toBe('./good.js');
    expect(() =>
      registry.register(checkPluginShape('other', { apiVersion: 1, renderers: [registry.get('txt')!.renderer] }), 'other'),
    ).toThrow(/both/);
  });
});

describe('checkPluginShape', () => {
  const renderer = { format: 'md', extension: 'md', mediaType: 'text/markdown', render: async () => '' };

  it('refuses an empty renderer list and duplicate formats within one plugin', () => {
    expect(() => checkPluginShape('p', { apiVersion: 1, renderers: [] })).toThrow(PluginLoadError);
    expect(() => checkPluginShape('p', { apiVersion: 1, renderers: [renderer, renderer] })).toThrow(/appears twice/);
  });

  it('accepts every well-formed renderer and keeps the objects', () => {
    const plugin = checkPluginShape('p', { apiVersion: 1, renderers: [renderer] });
    expect(plugin.renderers[0]).toBe(renderer);
  });

  it.each([null, 'text', 42, { apiVersion: '1', renderers: [renderer] }, { apiVersion: 1 }])('refuses %j', (value) => {
    expect(() => checkPluginShape('p', value)).toThrow(PluginLoadError);
  });
});
