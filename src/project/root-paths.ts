// Converts between absolute file-system paths and the root-relative, `/`-separated paths the
// core uses in spans and Host calls. Pure path arithmetic; no file access.
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
