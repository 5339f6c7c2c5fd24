// The file-system Host the core reads through: paths relative to the project root, and
// nothing outside it (symlinks included). Reads only; the core never writes.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { Host } from '../source/source-file.js';
import { fromRootRelative, isInside } from './root-paths.js';

export function createFsHost(root: string): Host {
  const realRoot = realpathSync(root);
  return {
    readFile(path) {
      const absolute = fromRootRelative(root, path);
      if (!absolute) return undefined;
      try {
        // A symlink inside the root may point outside it: confine the real target too.
        const real = realpathSync(absolute);
        if (!isInside(realRoot, real) || !statSync(real).isFile()) return undefined;
        return readFileSync(real);
      } catch {
        return undefined;
      }
    },
  };
}
