// Puts a journey's artifacts where they belong: written atomically as one set (all temporaries,
// then the renames), or (--check) compared with what is on disk. Before the first write into a
// folder, a run removes the temporaries killed runs left there. Failures are collected, not thrown.
import { dirname } from 'node:path';
import { removeStaleTemps, WriteSetError, writeFilesAtomic } from '../../project/atomic-write.js';
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
  for (const { path } of outputs) {
    const dir = dirname(path);
    if (!run.swept.has(dir)) removeStaleTemps(dir, run.started);
    run.swept.add(dir);
  }
  try {
    writeFilesAtomic(outputs.map(({ path, artifact }) => ({ path, bytes: artifact.bytes })));
    result.written.push(...outputs.map(({ path }) => shown(path)));
  } catch (error) {
    if (!(error instanceof WriteSetError)) throw error;
    const others = outputs.length > 1 ? ` (so none of its ${outputs.length} outputs was written)` : '';
    result.failures.push(`cannot write ${shown(error.path)}: ${error.code ?? (error.cause as Error).message}${others}`);
  }
  return result;
}
