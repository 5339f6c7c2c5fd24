// The renderer registry, keyed by format. Built-in renderers and plugins register the same way;
// a second renderer for a format is refused (never silently overwritten).
import type { JourneymapPlugin, Renderer } from './renderer.js';

export interface RegisteredRenderer {
  readonly renderer: Renderer;
  /** Where it came from: 'built-in' or the plugin module specifier. */
  readonly origin: string;
}

export class DuplicateFormatError extends Error {
  constructor(
    readonly format: string,
    readonly firstOrigin: string,
    readonly secondOrigin: string,
  ) {
    super(`format "${format}" is registered by both ${firstOrigin} and ${secondOrigin}`);
    this.name = 'DuplicateFormatError';
  }
}

export interface RendererRegistry {
  /** Throws DuplicateFormatError when the format is taken. */
  register(plugin: JourneymapPlugin, origin: string): void;
  get(format: string): RegisteredRenderer | undefined;
  formats(): readonly string[];
}

export function createRegistry(): RendererRegistry {
  const byFormat = new Map<string, RegisteredRenderer>();
  return {
    register(plugin, origin) {
      for (const renderer of plugin.renderers) {
        const existing = byFormat.get(renderer.format);
        if (existing) throw new DuplicateFormatError(renderer.format, existing.origin, origin);
      }
      for (const renderer of plugin.renderers) byFormat.set(renderer.format, { renderer, origin });
    },
    get: (format) => byFormat.get(format),
    formats: () => [...byFormat.keys()],
  };
}
