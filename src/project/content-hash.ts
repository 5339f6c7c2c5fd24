// Content hashes for the build cache: SHA-256 of bytes or of a string, hex. Keys made of these
// (never of mtimes or absolute paths) are the same on every machine that has the same files.
import { createHash } from 'node:crypto';

export function contentHash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
