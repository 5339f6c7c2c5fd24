// `journeymap validate`: parse and check every input, report, write nothing.
import { loadJourney } from '../../model/load-journey.js';
import { type Diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import type { CliIo } from '../io.js';
import { readInput } from '../read-input.js';
import { openSession, reportAll, sessionInputs } from '../session.js';
import { EXIT_ERRORS, EXIT_OK } from '../usage-error.js';
import type { CommonFlags } from './flags.js';

export async function runValidate(paths: readonly string[], flags: CommonFlags, io: CliIo): Promise<number> {
  const opened = await openSession(io, { flags, stdoutTaken: false });
  if (!opened.session) return EXIT_ERRORS;
  const session = opened.session;
  const inputs = await sessionInputs(session, paths);
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const read = await readInput(input, io);
    diagnostics.push(...read.diagnostics);
    if (!read.source) continue;
    session.texts.set(read.source.path, read.source.text);
    diagnostics.push(...loadJourney(read.source, session.host).diagnostics);
  }
  reportAll(session, diagnostics, inputs.length);
  const failed = hasErrors(diagnostics);
  if (!failed && !flags.quiet && flags.reporter === 'pretty') {
    io.writeErr(`${inputs.length} journey${inputs.length === 1 ? '' : 's'} valid\n`);
  }
  return failed ? EXIT_ERRORS : EXIT_OK;
}
