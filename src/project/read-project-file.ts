// Reads a project file that is not a journey (the config, a theme file) the way journeys are read:
// a regular file only (a FIFO or a device would block or never end), checked against the size
// limit before any byte is read, optionally confined to the project root by its real path, then
// decoded to a SourceFile. A missing or non-regular file is a usage error (an unreadable path);
// a symlink out of the root, an oversized or binary file are the file's diagnostics.
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeSource, fileTooLarge } from '../source/decode-source.js';
import { MAX_FILE_BYTES } from '../source/limits.js';
import type { SourceFile } from '../source/source-file.js';
import { confinedFile } from './root-paths.js';

export type ReadProjectFile =
  | { source?: SourceFile; diagnostics: Diagnostic[]; error?: undefined }
  | { source?: undefined; diagnostics?: undefined; error: string };

/**
 * `what` names the kind of file in sentences ("theme file"); `display` names it in diagnostics;
 * `fence`, when given, is the real folder (realRootOf) the file's real path must lie in.
 */
export function readProjectFile(absolute: string, display: string, what: string, fence?: string): ReadProjectFile {
  if (fence !== undefined && confinedFile(fence, absolute).problem === 'outside-root') {
    const message = `${display} is a symbolic link leading outside the project root; it was not read`;
    const hint = 'copy the file into the project instead of linking to it';
    return { diagnostics: [{ code: 'path-outside-root', severity: 'error', message, file: display, hint }] };
  }
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(absolute);
  } catch {
    return { error: `${what} ${display} does not exist (looked for ${absolute})` };
  }
  if (!stat.isFile()) {
    const kind = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe (FIFO)' : 'a device or socket';
    return { error: `${what} ${display} is ${kind}, not a file` };
  }
  if (stat.size > MAX_FILE_BYTES) {
    return { diagnostics: [{ ...fileTooLarge(display, `${stat.size} bytes`), hint: `a ${what} holds a few lines of settings` }] };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return { error: `cannot read ${what} ${display}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  return decodeSource(display, bytes);
}
