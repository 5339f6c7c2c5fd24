// The end of a build run: every built journey's outputs were staged (temporaries beside them) as
// they arrived; once all are known, the clashes only compiling reveals (an import or image that is
// an output of the run) refuse the journeys involved, before any output is renamed into place,
// whatever the order the journeys were built in. Then the rest are committed, in input order.
import { resolve } from 'node:path';
import { discardStaged, type StagedFiles } from '../../project/atomic-write.js';
import { checkOutputs, findClobbers, inputsAmongOutputs, type NamedPath } from '../../project/output-clobbers.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { shownPath } from '../shown-path.js';
import { commitOutputs, type EmitResult } from './emit-outputs.js';
import type { BuildPlan } from './plan-build.js';

/** A journey's output as the clash messages name it: where, and which format. */
export interface OutputOf {
  readonly path: string;
  readonly format: string;
}

/** A built journey whose outputs wait as temporaries. */
export interface StagedJourney {
  readonly input: InputFile;
  /** Every file it read (JourneyBuild.inputs), root-relative. */
  readonly reads: readonly string[];
  readonly outputs: readonly OutputOf[];
  readonly staged: StagedFiles;
}

const readsOf = (plan: BuildPlan, input: InputFile, read: readonly string[]): NamedPath[] =>
  read
    .filter((path) => path !== input.display)
    .map((path) => ({ path: resolve(plan.session.root, path), label: `${path}, read by ${input.display}` }));

const labelled = (plan: BuildPlan, input: InputFile, outputs: readonly OutputOf[]): NamedPath[] =>
  outputs.map(({ path, format }) => ({ path, label: `${shownPath(plan.session.io.cwd, path)} (the ${format} of ${input.display})` }));

/**
 * Imports and images are known only once a journey compiled: none may be one of its own outputs
 * (compared by inode too) or any output the run plans. Such a journey writes nothing; the others
 * still build (as a journey with errors does), and the run exits 2.
 */
export function clobbersOf(plan: BuildPlan, input: InputFile, read: readonly string[], outputs: readonly OutputOf[]): string[] {
  const inputs = readsOf(plan, input, read);
  if (inputs.length === 0) return [];
  const own = findClobbers(labelled(plan, input, outputs), inputs);
  return own.length > 0 ? own : inputsAmongOutputs(plan.outputKeys, inputs);
}

/**
 * Refuses each journey that reads an output of the run, and each journey one of whose outputs
 * another journey reads (its outputs are one set: none is written); commits the others.
 */
export function commitRun(plan: BuildPlan, journeys: readonly StagedJourney[]): EmitResult & { refused: Set<InputFile> } {
  const refusals = new Map<StagedJourney, string[]>();
  const refuse = (journey: StagedJourney, messages: readonly string[]): void => {
    refusals.set(journey, [...(refusals.get(journey) ?? []), ...messages]);
  };
  for (const journey of journeys) {
    const clobbers = clobbersOf(plan, journey.input, journey.reads, journey.outputs);
    if (clobbers.length > 0) refuse(journey, clobbers);
  }
  // Which journey would write an output that another one read.
  const read = journeys.flatMap((j) => readsOf(plan, j.input, j.reads));
  if (read.length > 0) {
    const { overwriting } = checkOutputs(
      journeys.flatMap((j) => labelled(plan, j.input, j.outputs)),
      read,
    );
    for (const journey of journeys) {
      const messages = journey.outputs.flatMap(({ path }) => overwriting.get(path) ?? []);
      if (messages.length > 0 && !refusals.has(journey)) refuse(journey, messages);
    }
  }
  const result: EmitResult & { refused: Set<InputFile> } = { written: [], stale: [], failures: [], refused: new Set() };
  for (const journey of journeys) {
    const messages = refusals.get(journey);
    if (messages) {
      discardStaged(journey.staged);
      result.refused.add(journey.input);
      result.failures.push(...messages.map((m) => `${m}; nothing was written for ${journey.input.display}`));
      continue;
    }
    const committed = commitOutputs(journey.staged, plan.session.io.cwd);
    result.written.push(...committed.written);
    result.failures.push(...committed.failures);
    if (committed.failures.length > 0) result.refused.add(journey.input);
  }
  return result;
}
