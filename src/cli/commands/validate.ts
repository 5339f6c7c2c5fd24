// `journeymap validate`: parse and check every input, report, write nothing.
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { say, sayCount, wordsFor } from '../../words/say.js';
import { checkJourneys } from '../check-journeys.js';
import type { CliIo } from '../io.js';
import { openSession } from '../session.js';
import { EXIT_ERRORS, EXIT_OK } from '../usage-error.js';
import type { CommonFlags } from './flags.js';

export async function runValidate(paths: readonly string[], flags: CommonFlags, io: CliIo): Promise<number> {
  const opened = await openSession(io, { flags, stdoutTaken: false });
  if (!opened.session) return EXIT_ERRORS;
  const { diagnostics, files } = await checkJourneys(opened.session, paths);
  const failed = hasErrors(diagnostics);
  if (!failed && !flags.quiet && flags.reporter === 'pretty') {
    const words = wordsFor();
    io.writeErr(`${say(words, 'cli.valid', { journeys: sayCount(words, 'cli.journeys', files) })}\n`);
  }
  return failed ? EXIT_ERRORS : EXIT_OK;
}
