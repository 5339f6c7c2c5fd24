// A path as the user would type it in messages: relative to the working directory when inside
// it, else absolute (never a chain of ../ up to the file-system root). Formatting only.
import { relative } from 'node:path';

export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
