// When the build cache may trust a file's stat instead of hashing it: a stamp of its size, mtime,
// ctime, inode and device, recorded only once its timestamps have settled. Why that is safe:
// docs/ci.md, "The build cache".
import { type Stats, statSync } from 'node:fs';

/**
 * How long after its last change a file's timestamps may still be shared by another change:
 * file-system timestamps are coarse (ext4 and tmpfs tick with the kernel clock, a few ms; HFS+ and
 * ext3 one second; FAT two). A file changed within this window of its recording gets no stamp.
 */
export const SETTLE_MS = 2000;

const stampOf = (stat: Stats): string => `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${stat.dev}`;

function statOf(path: string): Stats | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** The file's current stamp; undefined when it is gone or not a file. */
export function currentStamp(path: string): string | undefined {
  const stat = statOf(path);
  return stat ? stampOf(stat) : undefined;
}

/**
 * Hashes a file and stamps it: the stamp is '' (hash it next time) unless the stat was the same
 * before and after the read and the file last changed at least SETTLE_MS before `now()` (read after
 * hashing). `ctimeMs`: when it last changed, after the read. undefined when it cannot be read.
 */
export function hashAndStamp(
  path: string,
  hash: (path: string) => string | undefined,
  now: () => number,
): { hash: string; stamp: string; ctimeMs: number } | undefined {
  const before = statOf(path);
  const hashed = hash(path);
  if (hashed === undefined) return undefined;
  const after = statOf(path);
  const settled =
    before !== undefined &&
    after !== undefined &&
    stampOf(before) === stampOf(after) &&
    Math.max(after.mtimeMs, after.ctimeMs) <= now() - SETTLE_MS;
  return { hash: hashed, stamp: settled ? stampOf(after) : '', ctimeMs: after?.ctimeMs ?? Number.POSITIVE_INFINITY };
}
