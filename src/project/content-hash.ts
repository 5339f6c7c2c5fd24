// Content hashes: SHA-256 of bytes or of a string, hex for the build cache's keys (made of these,
// never of mtimes or absolute paths, they are the same on every machine that has the same files),
// base64 for the preview's Content-Security-Policy. (The HTML renderer hashes its own page's
// policy: render/ may not import project/, and it loads only when a page is rendered.)
import type * as Crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * node:crypto takes about 5 ms to load: it is loaded the first time something is hashed (the build
 * cache, --shard, a picture), so a build that hashes nothing never pays it.
 */
let createHash: typeof Crypto.createHash | undefined;

function sha256(): Crypto.Hash {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof Crypto).createHash;
  return createHash('sha256');
}

export function contentHash(data: Uint8Array | string): string {
  return sha256().update(data).digest('hex');
}

/** SHA-256 of a text's UTF-8 bytes in base64, as a Content-Security-Policy source names it. */
export function base64Hash(text: string): string {
  return sha256().update(text, 'utf8').digest('base64');
}

/** The hash of a file's bytes; undefined when it cannot be read (gone, a folder, no permission). */
export function hashOfFile(path: string): string | undefined {
  try {
    return contentHash(readFileSync(path));
  } catch {
    return undefined;
  }
}
