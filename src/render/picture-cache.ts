// Pictures derived from the AssetStore's (an SVG rasterized for PDF and PNG, a PNG or JPEG at
// display size), made once per journey's render and shared by its renderers: compile.ts
// renderArtifacts makes one per render, never per module. Keyed by the source Asset object and
// what was made of it, so another picture, another size or another render never hits an entry.
import type { Asset } from './renderer.js';

export interface PictureCache {
  /** What `make` gives for `source` and `kind`, made on the first call only (a throw is not kept). */
  derived<T>(source: Asset, kind: string, make: () => T): T;
}

export function createPictureCache(): PictureCache {
  const bySource = new WeakMap<Asset, Map<string, unknown>>();
  return {
    derived<T>(source: Asset, kind: string, make: () => T): T {
      let made = bySource.get(source);
      if (!made) {
        made = new Map();
        bySource.set(source, made);
      }
      if (made.has(kind)) return made.get(kind) as T;
      const value = make();
      made.set(kind, value);
      return value;
    },
  };
}

/** `make()` through the cache when there is one. */
export const derivedPicture = <T>(cache: PictureCache | undefined, source: Asset, kind: string, make: () => T): T =>
  cache ? cache.derived(source, kind, make) : make();
