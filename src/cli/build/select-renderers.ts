// Builds the renderer registry (built-ins, then config plugins, then --plugin ones) and picks
// the renderers for --format. Every problem here is the invocation's: a UsageError (exit 2).
import { dirname } from 'node:path';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { builtinPlugin } from '../../render/builtin.js';
import { createRegistry, DuplicateFormatError, type RendererRegistry } from '../../render/registry.js';
import type { Renderer } from '../../render/renderer.js';
import { UsageError } from '../usage-error.js';

export const DEFAULT_FORMATS: readonly string[] = ['svg', 'pdf', 'html'];

export interface PluginSources {
  /** `plugins:` of the config file, resolved from the config's folder. */
  readonly configPlugins: readonly string[];
  readonly configPath?: string;
  /** --plugin flags, resolved from the working directory. */
  readonly cliPlugins: readonly string[];
  readonly cwd: string;
}

/** Plugins run on their own worker threads, each load and render within `timeoutMs`. */
export interface PluginIsolation {
  readonly timeoutMs: number;
  readonly root: string;
  /** Where the run collects the workers' close functions, called when it ends. */
  readonly closers: (() => Promise<void>)[];
  /** Where the run collects the plugin module files (absolute), inputs no output may overwrite. */
  readonly modules?: { readonly specifier: string; readonly file: string }[];
}

export async function buildRegistry(sources: PluginSources, isolation?: PluginIsolation): Promise<RendererRegistry> {
  const registry = createRegistry();
  registry.register(builtinPlugin, 'built-in');
  const wanted = [
    ...sources.configPlugins.map((specifier) => ({ specifier, fromDir: dirname(sources.configPath ?? sources.cwd) })),
    ...sources.cliPlugins.map((specifier) => ({ specifier, fromDir: sources.cwd })),
  ];
  if (wanted.length === 0) return registry;
  // Loaded only when asked for: plugin resolution is not needed on the common path.
  const { loadPlugin, PluginLoadError } = await import('../../project/plugins.js');
  const host = isolation ? await import('../../project/plugin-host.js') : undefined;
  // Unbundled (tests of the sources) there is no worker entry: plugins load in-process, unbounded.
  const entry = host?.pluginWorkerEntry();
  const load = async (specifier: string, fromDir: string) => {
    if (!host || !entry || !isolation) return loadPlugin(specifier, fromDir);
    const isolated = await host.loadPluginIsolated(specifier, fromDir, { ...isolation, entry });
    isolation.closers.push(isolated.close);
    isolation.modules?.push({ specifier, file: isolated.file });
    return isolated.plugin;
  };
  for (const { specifier, fromDir } of wanted) {
    try {
      registry.register(await load(specifier, fromDir), specifier);
    } catch (error) {
      // The plugins loaded so far stop with the run that will not happen.
      await Promise.all(isolation?.closers.map((close) => close()) ?? []);
      if (error instanceof PluginLoadError || error instanceof DuplicateFormatError) {
        throw new UsageError(error.message);
      }
      throw error;
    }
  }
  return registry;
}

/** Parses a comma list of formats (flag or config) into renderers, refusing unknown ones. */
export function selectRenderers(registry: RendererRegistry, formats: readonly string[]): Renderer[] {
  const names = [...new Set(formats.map((f) => f.trim()).filter((f) => f !== ''))];
  if (names.length === 0) throw new UsageError('no output format given (expected a comma list such as svg,pdf)');
  return names.map((name) => {
    const registered = registry.get(name);
    if (registered) return registered.renderer;
    const known = registry.formats();
    const suggestion = didYouMean(name, known);
    const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
    throw new UsageError(`unknown format "${name}" (known formats: ${known.join(', ')})${hint}`);
  });
}

export const splitList = (value: string): string[] => value.split(',');
