// One file named on the command line (not a journey search): a path relative to the working
// directory, or `-` for standard input. Used by diff and import, which take exactly one file each.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type InputFile, refusalOf, STDIN_PATH } from '../project/resolve-inputs.js';
import { toRootRelative } from '../project/root-paths.js';
import { UsageError } from './usage-error.js';

export function namedFile(path: string, cwd: string, root: string): InputFile {
  if (path === '-') return { display: STDIN_PATH, outputStem: 'stdin' };
  const absolute = resolve(cwd, path);
  let isFile = false;
  try {
    isFile = statSync(absolute).isFile();
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`);
  }
  if (!isFile) throw new UsageError(`cannot read ${path}: not a file`);
  // Inside the project, a symlink leading out of it is refused (reported, never read), as for builds.
  const refused = refusalOf(absolute, root);
  return { absolute, display: toRootRelative(root, absolute), outputStem: path, ...(refused ? { refused } : {}) };
}
