// Picks and wires a reporter by name. Colour follows chalk's rules for stderr plus NO_COLOR,
// which chalk 5 itself does not read (FORCE_COLOR still wins, as in Node): see color.ts.
import { chalkFor } from '../color.js';
import type { CliIo } from '../io.js';
import { createGithubReporter } from './github-reporter.js';
import { createJsonReporter } from './json-reporter.js';
import { createPrettyReporter } from './pretty-reporter.js';
import type { Reporter, ReporterName } from './reporter.js';

export interface ReporterOptions {
  readonly name: ReporterName;
  readonly quiet: boolean;
  readonly sourceText: (file: string) => string | undefined;
  /** True when stdout carries an artifact (-o -): machine output moves to stderr. */
  readonly stdoutTaken: boolean;
}

export function createReporter(io: CliIo, options: ReporterOptions): Reporter {
  const writeMachine = options.stdoutTaken ? io.writeErr : (text: string) => io.writeOut(text);
  switch (options.name) {
    case 'json':
      return createJsonReporter(writeMachine, io.writeErr);
    case 'github':
      return createGithubReporter(writeMachine);
    case 'pretty':
      return createPrettyReporter({
        color: chalkFor('stderr', io.env),
        sourceText: options.sourceText,
        quiet: options.quiet,
        writeErr: io.writeErr,
      });
  }
}
