// A mistake in the invocation (unknown flag or format, unreadable path, unwritable output
// folder): printed as one line, exit code 2, never a stack trace.
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
/** A journey has errors, or --check found stale outputs. */
export const EXIT_ERRORS = 1;
/** The invocation is wrong. */
export const EXIT_USAGE = 2;
/** A bug in journeymap itself (EX_SOFTWARE from sysexits.h): distinct from the user's errors. */
export const EXIT_INTERNAL = 70;
/** The reader of stdout or stderr went away (`| head -1`): 128 + SIGPIPE, as a shell reports it. */
export const EXIT_PIPE = 141;
