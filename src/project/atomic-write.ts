// Writes files atomically: a temporary file in the same folder, then rename, so a failed or
// interrupted build never leaves a half-written output; temporaries are named recognisably
// (.<name>.journeymap-<pid>-<random>.tmp) so a later run can remove those a killed run left.
// Creates folders one level at a time: Node's recursive mkdir never returns under /proc.
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Our temporaries and nothing else: `.<name>.journeymap-<pid>-<suffix>.tmp`. */
const TEMP_NAME = /^\..+\.journeymap-(\d+)-[0-9a-z]+\.tmp$/;

/** The temporary a write of `path` goes through: pid + a random suffix, so parallel runs never share one. */
export function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.journeymap-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/** One file; throws the file system's own error (with its `code`). */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  try {
    writeFilesAtomic([{ path, bytes }]);
  } catch (error) {
    throw error instanceof WriteSetError ? error.cause : error;
  }
}

/** A failed write of one file of a set: which one, and why. */
export class WriteSetError extends Error {
  /** The file system's error code (EACCES, ENOSPC, …) when there is one. */
  readonly code: string | undefined;
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    const code = errorCode(cause);
    super(`cannot write ${path}: ${typeof code === 'string' ? code : String((cause as Error | null)?.message ?? cause)}`);
    this.name = 'WriteSetError';
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/**
 * Writes a set of files (one journey's outputs) so that an interruption leaves the old set or the
 * new one wherever a single rename can: every temporary is written (and any failure removes them
 * all, touching no output) before the first rename, then they are renamed one after another.
 * POSIX renames one file at a time, so a kill between two renames still leaves a mix; the window
 * is a few renames long instead of a whole render. Throws WriteSetError naming the file that failed.
 */
export function writeFilesAtomic(files: readonly { readonly path: string; readonly bytes: Uint8Array }[]): void {
  commitStaged(stageFiles(files));
}

/** A set of files written as temporaries beside their paths, not yet renamed into place. */
export interface StagedFiles {
  readonly files: readonly { readonly path: string; readonly temp: string }[];
}

/** writeFilesAtomic's first half: every temporary, or (throwing WriteSetError) none left behind. */
export function stageFiles(files: readonly { readonly path: string; readonly bytes: Uint8Array }[]): StagedFiles {
  const staged: { path: string; temp: string }[] = [];
  let current = '';
  try {
    for (const { path, bytes } of files) {
      current = path;
      makeFolders(dirname(path));
      const temp = tempPathOf(path);
      staged.push({ path, temp });
      writeFileSync(temp, bytes);
    }
  } catch (error) {
    discardStaged({ files: staged });
    throw new WriteSetError(current, error);
  }
  return { files: staged };
}

/** writeFilesAtomic's second half: the renames, one after another (a failure removes what is left). */
export function commitStaged(staged: StagedFiles): void {
  let current = '';
  try {
    for (const { path, temp } of staged.files) {
      current = path;
      renameSync(temp, path);
    }
  } catch (error) {
    discardStaged(staged);
    throw new WriteSetError(current, error);
  }
}

/** Removes a staged set's temporaries (those already renamed are gone: rm -f shrugs). */
export function discardStaged(staged: StagedFiles): void {
  for (const { temp } of staged.files) removeQuietly(temp);
}

/** rm -f that also shrugs off the errors of a temporary that could never exist (ENOTDIR, ENAMETOOLONG). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing there to remove
  }
}

/** Whether a process with this id runs (EPERM: it does, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes, from one folder we are about to write into, the temporaries of our own naming that a
 * killed run left: regular files, modified before `before` (this run's start), whose process is
 * gone (or is this one, whose earlier writes all finished). Never anything else; errors ignored.
 */
export function removeStaleTemps(dir: string, before: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const path = join(dir, name);
    try {
      const stats = lstatSync(path);
      if (!stats.isFile() || stats.mtimeMs >= before) continue;
      if (pid !== process.pid && isRunning(pid)) continue;
      rmSync(path, { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
}
