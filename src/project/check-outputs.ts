// --check: compares what a build would write with what is on disk, writing nothing.
import { readFileSync } from 'node:fs';

export type OutputState = 'fresh' | 'missing' | 'stale';

export function outputState(path: string, bytes: Uint8Array): OutputState {
  let existing: Buffer;
  try {
    existing = readFileSync(path);
  } catch {
    return 'missing';
  }
  return existing.equals(bytes) ? 'fresh' : 'stale';
}
