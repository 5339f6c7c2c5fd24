// `journeymap build`: plan the run, build every input through the pipeline, then report, print
// the one-line summary and pick the exit code. A journey with errors writes nothing and keeps its
// previous outputs; the other journeys still build. --watch/--serve live in their own lazy module.
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { say, sayCount, wordsFor } from '../../words/say.js';
import { type BuildOutcome, executeBuild } from '../build/execute-build.js';
import { parseJobs } from '../build/jobs.js';
import { planBuild } from '../build/plan-build.js';
import { updateRunManifest } from '../build/run-manifest.js';
import type { CliIo } from '../io.js';
import { reportAll, type Session } from '../session.js';
import { shownPath } from '../shown-path.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError } from '../usage-error.js';
import type { BuildFlags } from './flags.js';

export async function runBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<number> {
  if (flags.watch || flags.serve !== undefined) {
    if (flags.out === '-' || flags.check) throw new UsageError('--watch and --serve cannot be combined with -o - or --check');
    return (await import('../watch/watch-build.js')).watchBuild(paths, flags, io);
  }
  const jobs = parseJobs(flags.jobs);
  const plan = await planBuild(paths, flags, io);
  if (!plan) return EXIT_ERRORS;
  const built = await executeBuild(plan, flags, jobs);
  // With --shard, only part 1 writes the site, and it shows every part's journeys.
  const siteWriter = plan.site && (plan.shard === undefined || plan.shard.index === 1) ? plan.site : undefined;
  const whole =
    siteWriter && plan.shard ? await (await import('../build/shard-site.js')).withOtherParts(plan, built, flags.persona) : built;
  const outcome = siteWriter
    ? (await import('../build/write-site.js')).writeSite(
        siteWriter,
        {
          epoch: plan.setup.epoch,
          cwd: io.cwd,
          // Every locale's catalogue, loaded only for a site: a run without one shows the CLI's words only.
          words: (await import('../../words/locale-words.js')).localeWords(plan.session.config.locale, plan.session.config.labels),
        },
        flags,
        whole,
      )
    : built;
  reportAll(plan.session, [...(plan.themeWarnings ?? []), ...outcome.diagnostics], outcome.journeys);
  if (plan.toStdout) return hasErrors(outcome.diagnostics) ? EXIT_ERRORS : EXIT_OK;
  if (!flags.check) {
    const failure = updateRunManifest(plan, flags);
    if (failure) outcome.emitted.failures.push(failure);
  }
  return finishBuild(plan.session, flags, outcome);
}

/** One line on the journeys a --persona view skipped; printed unless --quiet. */
export function skippedNote(persona: string | undefined, skipped: readonly string[]): string | undefined {
  if (persona === undefined || skipped.length === 0) return undefined;
  const words = wordsFor();
  return say(words, 'cli.skippedPersona', {
    journeys: sayCount(words, 'cli.journeys', skipped.length),
    persona,
    names: skipped.join(', '),
  });
}

/** The summary of a writing run: what it wrote, and how many journeys the cache found unchanged. */
function wroteLine(outcome: BuildOutcome, dir: string): string {
  const words = wordsFor();
  const unchanged = sayCount(words, 'cli.journeys', outcome.unchanged);
  const rebuilt = outcome.journeys - outcome.skipped.length - outcome.unchanged;
  if (rebuilt === 0 && outcome.unchanged > 0) return say(words, 'cli.allUnchanged', { journeys: unchanged, dir });
  const files = sayCount(words, 'cli.files', outcome.outputCount - outcome.unchangedOutputs);
  const wrote = say(words, 'cli.wrote', { files, dir, journeys: sayCount(words, 'cli.journeys', rebuilt) });
  return outcome.unchanged > 0 ? `${wrote}; ${say(words, 'cli.unchanged', { journeys: unchanged })}` : wrote;
}

/** Reports --check findings and write failures, prints the one-line summary, picks the exit code. */
function finishBuild(session: Session, flags: BuildFlags, outcome: BuildOutcome): number {
  const { io } = session;
  const { emitted } = outcome;
  const words = wordsFor();
  session.reporter.staleOutputs(emitted.stale);
  if (flags.verbose) for (const path of emitted.written) io.writeErr(`${say(words, 'cli.wrotePath', { path })}\n`);
  for (const failure of emitted.failures) io.writeErr(`journeymap: error: ${failure}\n`);
  if (emitted.failures.length > 0) return EXIT_USAGE;
  const note = skippedNote(flags.persona, outcome.skipped);
  if (note && !flags.quiet) io.writeErr(`${note}\n`);
  const failed = hasErrors(outcome.diagnostics) || emitted.stale.length > 0;
  if (!failed && !flags.quiet && flags.reporter === 'pretty') {
    const files = sayCount(words, 'cli.files', outcome.outputCount);
    const dir = shownPath(io.cwd, outcome.outDir);
    const journeys = sayCount(words, 'cli.journeys', outcome.journeys - outcome.skipped.length);
    io.writeErr(`${flags.check ? say(words, 'cli.upToDate', { files, dir, journeys }) : wroteLine(outcome, dir)}\n`);
  }
  return failed ? EXIT_ERRORS : EXIT_OK;
}
