// The AssetStore renderers read persona images and logos from: bytes come through the
// root-confined Host, so an image can never come from outside the project, and pass
// check-image.ts (pixel size, SVG cleaned) before any renderer sees them. Cached per store.
import type { Asset, AssetStore } from '../render/renderer.js';
import type { Host } from '../source/source-file.js';
import { checkImageBytes, mediaTypeOf } from './check-image.js';

/** Joins `/`-paths; undefined when the result would escape the root (the Host refuses those too). */
function joinRelative(dir: string, path: string): string | undefined {
  if (path.startsWith('/')) return undefined;
  const parts: string[] = dir === '' ? [] : dir.split('/');
  for (const part of path.split('/')) {
    if (part === '..') {
      if (parts.pop() === undefined) return undefined;
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function readFirst(host: Host, candidates: readonly (string | undefined)[]): Uint8Array | undefined {
  for (const candidate of candidates) {
    const bytes = candidate === undefined ? undefined : host.readFile(candidate);
    if (bytes) return bytes;
  }
  return undefined;
}

/**
 * Asset keys are tried as root-relative paths first (the Journey IR's persona.image and the
 * theme's logo, which resolve-theme checked and keyed by its root-relative path), then
 * relative to the journey file's folder (the path as the user wrote it).
 */
export function createAssetStore(host: Host, journeyFile: string): AssetStore {
  const cache = new Map<string, Asset | undefined>();
  const slash = journeyFile.lastIndexOf('/');
  const journeyDir = slash < 0 ? '' : journeyFile.slice(0, slash);
  return {
    get(path) {
      if (cache.has(path)) return cache.get(path);
      const bytes = mediaTypeOf(path) ? readFirst(host, [joinRelative('', path), joinRelative(journeyDir, path)]) : undefined;
      // Problems were reported when the journey loaded (checked-host.ts); here they only withhold.
      const asset = bytes ? checkImageBytes(path, bytes).asset : undefined;
      cache.set(path, asset);
      return asset;
    },
  };
}
