// The process's streams and environment as a small object, so commands never touch `process`
// directly and main() can be driven in-process. The only place that reads process.*.

import { readStreamBounded } from '../project/read-bounded.js';
import { EXIT_PIPE } from './usage-error.js';

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard output's width when it is a terminal; undefined when piped (`show` then uses 80). */
  readonly columns?: number;
  /** Whether standard error is a terminal (build progress is drawn only there) and its width. */
  readonly errIsTTY?: boolean;
  readonly errColumns?: number;
  writeOut(chunk: string | Uint8Array): void;
  writeErr(text: string): void;
  /**
   * Standard input's bytes, reading no more than `maxBytes + 1` of them: one byte over the limit
   * says "too large" without buffering an endless pipe.
   */
  readStdin(maxBytes: number): Promise<Uint8Array>;
  /**
   * Calls handler on Ctrl-C (SIGINT) or SIGTERM until the returned function is called (--watch);
   * also when the reader of stdout or stderr goes away, since nothing could be shown any more.
   */
  onInterrupt?(handler: () => void): () => void;
  /**
   * Whether the reader of stdout or stderr closed it (EPIPE, as `| head -1` does): from then on
   * writes are dropped. Waits one turn first, so an error from the last write has arrived.
   */
  outputClosed?(): Promise<boolean>;
}

export function processIo(): CliIo {
  // A closed pipe arrives as an 'error' event on the stream; unhandled, it prints a stack trace.
  // Handled once here: stop writing, stop a watch, and let main() exit with EXIT_PIPE.
  let closed = false;
  const interruptHandlers = new Set<() => void>();
  const onClosed = () => {
    if (closed) return;
    closed = true;
    // Also when the error comes after main() returned: a write still queued for a full pipe fails
    // only once the reader has gone, and the process must not then exit 0.
    process.exitCode = EXIT_PIPE;
    for (const handler of interruptHandlers) handler();
  };
  process.stdout.on('error', onClosed);
  process.stderr.on('error', onClosed);
  const write = (stream: NodeJS.WriteStream, chunk: string | Uint8Array) => {
    if (closed) return;
    try {
      stream.write(chunk);
    } catch {
      onClosed();
    }
  };
  return {
    cwd: process.cwd(),
    env: process.env,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    errIsTTY: process.stderr.isTTY === true,
    errColumns: process.stderr.isTTY ? process.stderr.columns : undefined,
    writeOut: (chunk) => write(process.stdout, chunk),
    writeErr: (text) => write(process.stderr, text),
    readStdin: (maxBytes) => readStreamBounded(process.stdin, maxBytes),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      interruptHandlers.add(handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
        interruptHandlers.delete(handler);
      };
    },
    outputClosed: () => new Promise((resolve) => setImmediate(() => resolve(closed))),
  };
}
