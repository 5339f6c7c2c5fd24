// Content hashes for the build cache: SHA-256 of bytes or of a string, hex. Keys made of these
// (never of mtimes or absolute paths) are the same on every machine that has the same files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function contentHash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The hash of a file's bytes; undefined when it cannot be read (gone, a folder, no permission). */
export function hashOfFile(path: string): string | undefined {
  try {
    return contentHash(readFileSync(path));
  } catch {
    return undefined;
  }
}
