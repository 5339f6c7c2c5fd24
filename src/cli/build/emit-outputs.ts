// Puts a journey's artifacts where they belong: files written atomically, or (--check) compared
// with what is on disk. Failures to write are collected, not thrown, so the run can report them.
import type { Artifact } from '../../render/renderer.js';
import { writeFileAtomic } from '../../project/atomic-write.js';
import { outputState } from '../../project/check-outputs.js';
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

export function emitOutputs(outputs: readonly PlannedOutput[], check: boolean, cwd: string): EmitResult {
  const shown = (path: string): string => shownPath(cwd, path);
  const result: EmitResult = { written: [], stale: [], failures: [] };
  for (const { path, artifact } of outputs) {
    if (check) {
      const state = outputState(path, artifact.bytes);
      if (state !== 'fresh') result.stale.push({ path: shown(path), state });
      continue;
    }
    try {
      writeFileAtomic(path, artifact.bytes);
      result.written.push(shown(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      result.failures.push(`cannot write ${shown(path)}: ${code}`);
    }
  }
  return result;
}
