// `journeymap build`: plan the run, build every input through the pipeline, then report, print
// the one-line summary and pick the exit code. A journey with errors writes nothing and keeps its
// previous outputs; the other journeys still build. --watch/--serve live in their own lazy module.
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { type BuildOutcome, executeBuild } from '../build/execute-build.js';
import { parseJobs } from '../build/jobs.js';
import { planBuild } from '../build/plan-build.js';
import type { CliIo } from '../io.js';
import { reportAll, type Session } from '../session.js';
import { shownPath } from '../shown-path.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError } from '../usage-error.js';
import type { BuildFlags } from './flags.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<number> {
  if (flags.watch || flags.serve !== undefined) {
    if (flags.out === '-' || flags.check) throw new UsageError('--watch and --serve cannot be combined with -o - or --check');
    return (await import('../watch/watch-build.js')).watchBuild(paths, flags, io);
  }
  const jobs = parseJobs(flags.jobs);
  const plan = await planBuild(paths, flags, io);
  if (!plan) return EXIT_ERRORS;
  const outcome = await executeBuild(plan, flags, jobs);
  reportAll(plan.session, outcome.diagnostics, outcome.journeys);
  if (plan.toStdout) return hasErrors(outcome.diagnostics) ? EXIT_ERRORS : EXIT_OK;
  return finishBuild(plan.session, flags, outcome);
}

/** One line on the journeys a --persona view skipped; printed unless --quiet. */
export function skippedNote(persona: string | undefined, skipped: readonly string[]): string | undefined {
  if (persona === undefined || skipped.length === 0) return undefined;
  return `note: skipped ${plural(skipped.length, 'journey')} without persona "${persona}": ${skipped.join(', ')}`;
}

/** Reports --check findings and write failures, prints the one-line summary, picks the exit code. */
function finishBuild(session: Session, flags: BuildFlags, outcome: BuildOutcome): number {
  const { io } = session;
  const { emitted } = outcome;
  session.reporter.staleOutputs(emitted.stale);
  if (flags.verbose) for (const path of emitted.written) io.writeErr(`wrote ${path}\n`);
  for (const failure of emitted.failures) io.writeErr(`journeymap: error: ${failure}\n`);
  if (emitted.failures.length > 0) return EXIT_USAGE;
  const note = skippedNote(flags.persona, outcome.skipped);
  if (note && !flags.quiet) io.writeErr(`${note}\n`);
  const failed = hasErrors(outcome.diagnostics) || emitted.stale.length > 0;
  if (!failed && !flags.quiet && flags.reporter === 'pretty') {
    const files = plural(outcome.outputCount, 'file');
    const where = shownPath(io.cwd, outcome.outDir);
    const done = flags.check ? `${files} up to date in ${where}` : `wrote ${files} to ${where}`;
    io.writeErr(`${done} for ${plural(outcome.journeys - outcome.skipped.length, 'journey')}\n`);
  }
  return failed ? EXIT_ERRORS : EXIT_OK;
}
