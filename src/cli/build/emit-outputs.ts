// Puts a journey's artifacts where they belong: written atomically as one set (all temporaries,
// then the renames), or (--check) compared with what is on disk. Before the first write into a
// folder, a run removes the temporaries killed runs left there. Failures are collected, not thrown.
// A build stages each journey's set (its temporaries) as it arrives and commits them all at the end,
// so a clash found in a later journey stops the renames of earlier ones (stageOutputs, commitOutputs).
import { dirname } from 'node:path';
import {
  commitStaged,
  removeStaleTemps,
  type StagedFiles,
  stageFiles,
  WriteSetError,
  writeFilesAtomic,
} from '../../project/atomic-write.js';
import { outputState } from '../../project/check-outputs.js';
import type { Artifact } from '../../render/renderer.js';
import type { StaleOutput } from '../reporters/reporter.js';
import { shownPath } from '../shown-path.js';

export interface PlannedOutput {
  /** Absolute path. */
  readonly path: string;
  readonly artifact: Artifact;
}

export interface EmitResult {
  readonly written: string[];
  readonly stale: StaleOutput[];
  readonly failures: string[];
}

/** One run's writing: when it started, and the folders already swept of stale temporaries. */
export interface OutputRun {
  readonly started: number;
  readonly swept: Set<string>;
}

export const startOutputRun = (now: number): OutputRun => ({ started: now, swept: new Set() });

export function emitOutputs(outputs: readonly PlannedOutput[], check: boolean, cwd: string, run: OutputRun): EmitResult {
  const shown = (path: string): string => shownPath(cwd, path);
  const result: EmitResult = { written: [], stale: [], failures: [] };
  if (check) {
    for (const { path, artifact } of outputs) {
      const state = outputState(path, artifact.bytes);
      if (state !== 'fresh') result.stale.push({ path: shown(path), state });
    }
    return result;
  }
  sweep(outputs, run);
  try {
    writeFilesAtomic(outputs.map(({ path, artifact }) => ({ path, bytes: artifact.bytes })));
    result.written.push(...outputs.map(({ path }) => shown(path)));
  } catch (error) {
    result.failures.push(writeFailure(error, outputs.length, shown));
  }
  return result;
}

/** Before the first write into a folder, the temporaries killed runs left there go. */
function sweep(outputs: readonly PlannedOutput[], run: OutputRun): void {
  for (const { path } of outputs) {
    const dir = dirname(path);
    if (!run.swept.has(dir)) removeStaleTemps(dir, run.started);
    run.swept.add(dir);
  }
}

function writeFailure(error: unknown, count: number, shown: (path: string) => string): string {
  if (!(error instanceof WriteSetError)) throw error;
  const others = count > 1 ? ` (so none of its ${count} outputs was written)` : '';
  return `cannot write ${shown(error.path)}: ${error.code ?? (error.cause as Error).message}${others}`;
}

/** One journey's outputs as temporaries beside their paths (no output changed yet), or why not. */
export function stageOutputs(outputs: readonly PlannedOutput[], cwd: string, run: OutputRun): { staged?: StagedFiles; failures: string[] } {
  sweep(outputs, run);
  try {
    return { staged: stageFiles(outputs.map(({ path, artifact }) => ({ path, bytes: artifact.bytes }))), failures: [] };
  } catch (error) {
    return { failures: [writeFailure(error, outputs.length, (path) => shownPath(cwd, path))] };
  }
}

/** Renames a staged set into place. */
export function commitOutputs(staged: StagedFiles, cwd: string): EmitResult {
  const result: EmitResult = { written: [], stale: [], failures: [] };
  try {
    commitStaged(staged);
    result.written.push(...staged.files.map(({ path }) => shownPath(cwd, path)));
  } catch (error) {
    result.failures.push(writeFailure(error, staged.files.length, (path) => shownPath(cwd, path)));
  }
  return result;
}
