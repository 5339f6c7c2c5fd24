// Writes a file atomically: a temporary file in the same folder, then rename, so a failed or
// interrupted build never leaves a half-written output. Creates folders as needed, one level at
// a time: Node's recursive mkdir never returns under /proc (procfs answers ENOENT for a child).
import { lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const errorCode = (error: unknown): unknown => (error as NodeJS.ErrnoException | null)?.code;

/** mkdir -p that fails with the first mkdir's error instead of retrying it forever. */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    try {
      lstatSync(current);
      break;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' || dirname(current) === current) throw error;
      missing.unshift(current);
    }
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Another writer (a parallel run) may have made it meanwhile: only a folder will do.
      if (errorCode(error) !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const dir = dirname(path);
  makeFolders(dir);
  // pid + a per-call suffix keeps parallel runs from sharing a temp name.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
