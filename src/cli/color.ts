// The colour level for text a command prints itself (not through a reporter): chalk's rules
// for the given stream plus NO_COLOR, which chalk 5 does not read (FORCE_COLOR still wins).
import chalkStdout, { Chalk, type ChalkInstance, chalkStderr } from 'chalk';
import type { CliIo } from './io.js';

export function chalkFor(stream: 'stdout' | 'stderr', env: CliIo['env']): ChalkInstance {
  if (env.NO_COLOR && env.FORCE_COLOR === undefined) return new Chalk({ level: 0 });
  return new Chalk({ level: (stream === 'stdout' ? chalkStdout : chalkStderr).level });
}
