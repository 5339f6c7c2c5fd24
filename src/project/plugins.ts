// Loads a renderer plugin module (a path or a package name) and checks its shape, so a bad
// plugin fails up front with one clear PluginLoadError instead of a crash mid-build.
// It does not register anything: the caller hands the plugin to the renderer registry.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JourneymapPlugin, Renderer } from '../render/renderer.js';
import { importModule } from './import-module.js';

export type PluginLoadFailure = 'not-found' | 'load-failed' | 'invalid-shape';

/** A plugin that cannot be used; the CLI turns it into a usage error (exit 2). */
export class PluginLoadError extends Error {
  constructor(
    readonly specifier: string,
    readonly reason: PluginLoadFailure,
    readonly detail: string,
  ) {
    super(`plugin "${specifier}" ${REASON_TEXT[reason]}: ${detail}`);
    this.name = 'PluginLoadError';
  }
}

const REASON_TEXT: Readonly<Record<PluginLoadFailure, string>> = {
  'not-found': 'was not found',
  'load-failed': 'failed to load',
  'invalid-shape': 'is not a journeymap plugin',
};

export const SUPPORTED_PLUGIN_API_VERSION = 1;
const FORMAT_PATTERN = /^[a-z][a-z0-9-]*$/;
// The extension becomes part of an output file name: no separators, no "..".
const EXTENSION_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/i;
const MEDIA_TYPE_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
const EXPECTED_SHAPE = 'expected `export default { apiVersion: 1, renderers: [...] }` (or a named export `plugin`)';

/**
 * Loads the plugin named by `specifier`. A path (starting with `.` or `/`, or absolute, or
 * naming an existing file such as `plug/stats.mjs`) is resolved against `fromDir`; anything
 * else is a package name resolved from `fromDir`'s node_modules. Throws PluginLoadError when it is missing, throws on import, or has the wrong shape.
 */
export async function loadPlugin(specifier: string, fromDir: string): Promise<JourneymapPlugin> {
  const file = resolvePluginFile(specifier, fromDir);
  let namespace: Record<string, unknown>;
  try {
    namespace = (await importModule(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new PluginLoadError(specifier, 'load-failed', errorText(error));
  }
  return checkPluginShape(specifier, namespace.default ?? namespace.plugin);
}

/** The module file a specifier names (see loadPlugin); throws PluginLoadError. Runs no plugin code. */
export function resolvePluginFile(specifier: string, fromDir: string): string {
  // Like prettier: an existing file wins even when written without `./` (plug/stats.mjs).
  const asFile = resolve(fromDir, specifier);
  if (!specifier.startsWith('.') && !isAbsolute(specifier) && isFile(asFile)) return asFile;
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const file = resolve(fromDir, specifier);
    if (!existsSync(file)) throw new PluginLoadError(specifier, 'not-found', `no file at ${file}`);
    if (!statSync(file).isFile()) {
      throw new PluginLoadError(specifier, 'not-found', `${file} is not a file`);
    }
    return file;
  }
  try {
    return createRequire(join(fromDir, 'noop.js')).resolve(specifier);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // require.resolve only knows the "require" condition; an ESM-only package exports "import".
    const esmEntry = code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ? resolveImportExport(specifier, fromDir) : undefined;
    if (esmEntry !== undefined) return esmEntry;
    if (code === 'MODULE_NOT_FOUND') {
      throw new PluginLoadError(
        specifier,
        'not-found',
        `no package "${specifier}" is installed where ${fromDir} can see it (is it in package.json?)`,
      );
    }
    throw new PluginLoadError(specifier, 'load-failed', errorText(error));
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The file an ESM-only package's `exports` names for `import` (Node's own condition order:
 * the first of import/node/default in the order the package lists them). Undefined if none.
 */
function resolveImportExport(specifier: string, fromDir: string): string | undefined {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = ['.', ...parts.slice(nameLength)].join('/');
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const packageDir = join(dir, 'node_modules', name);
    const manifest = join(packageDir, 'package.json');
    if (existsSync(manifest)) {
      const exports = readExports(manifest);
      const hasSubpaths = isRecord(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
      const entry = hasSubpaths ? exports[subpath] : subpath === '.' ? exports : undefined;
      const target = importTarget(entry);
      return target === undefined ? undefined : join(packageDir, target);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function readExports(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown }).exports;
  } catch {
    return undefined; // an unreadable manifest: fall back to require's own error
  }
}

const IMPORT_CONDITIONS = new Set(['import', 'node', 'default']);

function importTarget(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (Array.isArray(entry)) return entry.map(importTarget).find((target) => target !== undefined);
  if (!isRecord(entry)) return undefined;
  for (const [condition, value] of Object.entries(entry)) {
    const target = IMPORT_CONDITIONS.has(condition) ? importTarget(value) : undefined;
    if (target !== undefined) return target;
  }
  return undefined;
}

/** Validates an imported value as a plugin; exported for tests and for in-process plugins. */
export function checkPluginShape(specifier: string, value: unknown): JourneymapPlugin {
  const fail = (detail: string): never => {
    throw new PluginLoadError(specifier, 'invalid-shape', detail);
  };
  if (!isRecord(value)) return fail(`${EXPECTED_SHAPE}; the module exports neither`);
  if (value.apiVersion !== SUPPORTED_PLUGIN_API_VERSION) {
    return fail(
      `apiVersion is ${describe(value.apiVersion)} but this journeymap supports apiVersion ` +
        `${SUPPORTED_PLUGIN_API_VERSION}; ${EXPECTED_SHAPE}`,
    );
  }
  const renderers = value.renderers;
  if (!Array.isArray(renderers) || renderers.length === 0) {
    return fail(`renderers must be a non-empty array, got ${describe(renderers)}`);
  }
  const seen = new Set<string>();
  const checked = renderers.map((renderer: unknown, index): Renderer => {
    const problem = rendererProblem(renderer);
    if (problem !== undefined) return fail(`renderers[${index}]: ${problem}`);
    const { format } = renderer as Renderer;
    if (seen.has(format)) return fail(`renderers[${index}]: format "${format}" appears twice`);
    seen.add(format);
    return renderer as Renderer;
  });
  return { apiVersion: SUPPORTED_PLUGIN_API_VERSION, renderers: checked };
}

function rendererProblem(renderer: unknown): string | undefined {
  if (!isRecord(renderer)) return `must be an object, got ${describe(renderer)}`;
  const { format, extension, mediaType, render } = renderer;
  if (typeof format !== 'string' || !FORMAT_PATTERN.test(format)) {
    return `format must be a string matching ${FORMAT_PATTERN.source} (like "md"), got ${describe(format)}`;
  }
  if (typeof extension !== 'string' || !EXTENSION_PATTERN.test(extension)) {
    return `extension must be a file extension without the dot (like "md"), got ${describe(extension)}`;
  }
  if (typeof mediaType !== 'string' || !MEDIA_TYPE_PATTERN.test(mediaType)) {
    return `mediaType must be a media type (like "text/markdown"), got ${describe(mediaType)}`;
  }
  if (typeof render !== 'function') return `render must be a function, got ${describe(render)}`;
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/** The message of whatever was thrown, never its stack: this is shown to users. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
