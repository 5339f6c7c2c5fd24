// `journeymap lint`: validate every input, then run the journey-quality rules on the ones that
// loaded. Exit 1 on errors, or when warnings exceed --max-warnings; writes nothing.
import { lintJourney } from '../../lint/lint-journey.js';
import { say, sayCount, wordsFor } from '../../words/say.js';
import { checkJourneys } from '../check-journeys.js';
import type { CliIo } from '../io.js';
import { countSeverities } from '../reporters/sort-diagnostics.js';
import { openSession } from '../session.js';
import { EXIT_ERRORS, EXIT_OK, UsageError } from '../usage-error.js';
import type { LintFlags } from './flags.js';

/** --max-warnings: a whole number of 0 or more; undefined when the flag is absent. */
export function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`--max-warnings must be a whole number of 0 or more; got "${raw}"`);
  return Number(raw.trim());
}

export async function runLint(paths: readonly string[], flags: LintFlags, io: CliIo): Promise<number> {
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const opened = await openSession(io, { flags, stdoutTaken: false });
  if (!opened.session) return EXIT_ERRORS;
  const { diagnostics, files } = await checkJourneys(opened.session, paths, (journey) => lintJourney(journey));
  const { errors, warnings } = countSeverities(diagnostics);
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const words = wordsFor();
  if (tooMany) {
    io.writeErr(`${say(words, 'cli.tooManyWarnings', { warnings: sayCount(words, 'cli.warnings', warnings), max: maxWarnings })}\n`);
  }
  if (errors + warnings === 0 && !flags.quiet && flags.reporter === 'pretty') {
    io.writeErr(`${say(words, 'cli.checkedClean', { journeys: sayCount(words, 'cli.journeys', files) })}\n`);
  }
  return errors > 0 || tooMany ? EXIT_ERRORS : EXIT_OK;
}
