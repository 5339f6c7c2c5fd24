// build --shard k/n: which part of a CI matrix builds which journey. A journey's part comes from a
// hash of its root-relative path, never from the input order, so every machine of the matrix
// agrees on it and each journey lands in exactly one part.
import { contentHash } from '../../project/content-hash.js';
import { UsageError } from '../usage-error.js';

export interface Shard {
  /** 1-based part. */
  readonly index: number;
  readonly count: number;
}

const MAX_SHARDS = 1000;

/** Parses `k/n` (1 ≤ k ≤ n ≤ 1000); a usage error otherwise. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UsageError(`--shard takes k/n, the k-th of n parts with 1 ≤ k ≤ n ≤ ${MAX_SHARDS} (e.g. --shard 2/4); got "${value}"`);
  }
  return { index, count };
}

/** The 1-based part of a journey: its root-relative path's hash modulo the number of parts. */
export function shardOf(display: string, count: number): number {
  return (Number.parseInt(contentHash(display).slice(0, 8), 16) % count) + 1;
}

export function inShard<T extends { readonly display: string }>(items: readonly T[], shard: Shard | undefined): T[] {
  return shard === undefined ? [...items] : items.filter((item) => shardOf(item.display, shard.count) === shard.index);
}
