// The process's streams and environment as a small object, so commands never touch `process`
// directly and main() can be driven in-process. The only place that reads process.*.
import { readStreamBounded } from './read-bounded.js';

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  writeOut(chunk: string | Uint8Array): void;
  writeErr(text: string): void;
  /**
   * Standard input's bytes, reading no more than `maxBytes + 1` of them: one byte over the limit
   * says "too large" without buffering an endless pipe.
   */
  readStdin(maxBytes: number): Promise<Uint8Array>;
  /** Calls handler on Ctrl-C (SIGINT) or SIGTERM until the returned function is called (--watch). */
  onInterrupt?(handler: () => void): () => void;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    writeOut: (chunk) => void process.stdout.write(chunk),
    writeErr: (text) => void process.stderr.write(text),
    readStdin: (maxBytes) => readStreamBounded(process.stdin, maxBytes),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
  };
}
