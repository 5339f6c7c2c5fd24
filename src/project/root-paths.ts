// Converts between absolute file-system paths and the root-relative, `/`-separated paths the
// core uses in spans and Host calls, and holds the one confinement rule every file read obeys:
// a file's real path (symlinks resolved) must lie inside the root's real path.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `/`-separated path of `absolute` relative to `root` (may start with `../` when outside). */
export function toRootRelative(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** The absolute path of a root-relative path, or undefined when it escapes the root. */
export function fromRootRelative(root: string, rootRelative: string): string | undefined {
  if (isAbsolute(rootRelative) || rootRelative.includes('\0')) return undefined;
  const absolute = resolve(root, rootRelative);
  return isInside(root, absolute) ? absolute : undefined;
}

export function isInside(root: string, absolute: string): boolean {
  const rel = relative(root, absolute);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why a path cannot be read as a project file. */
export type ConfinementProblem = 'missing' | 'outside-root' | 'folder' | 'fifo' | 'not-a-file';

export type ConfinedPath = { real: string; problem?: undefined } | { real?: undefined; problem: ConfinementProblem };

/** The root's real path (symlinks resolved), which confinedFile compares against. */
export function realRootOf(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

/**
 * The one rule for every file the project reads (inputs found by globs and folders, imports,
 * images, logos): resolve `absolute` through its symlinks and accept it only when the real path
 * lies inside `realRoot` (from realRootOf) and is a regular file (not a folder, FIFO or device).
 * Checked before any byte is read.
 */
export function confinedFile(realRoot: string, absolute: string): ConfinedPath {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return { problem: 'missing' };
  }
  if (!isInside(realRoot, real)) return { problem: 'outside-root' };
  try {
    const stats = statSync(real);
    if (stats.isFile()) return { real };
    // Said by kind, so a message can name what was found instead of "does not exist".
    return { problem: stats.isDirectory() ? 'folder' : stats.isFIFO() ? 'fifo' : 'not-a-file' };
  } catch {
    return { problem: 'missing' };
  }
}
