// The process's streams and environment as a small object, so commands never touch `process`
// directly and main() can be driven in-process. The only place that reads process.*.
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  writeOut(chunk: string | Uint8Array): void;
  writeErr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  /** Calls handler on Ctrl-C (SIGINT) or SIGTERM until the returned function is called (--watch). */
  onInterrupt?(handler: () => void): () => void;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    writeOut: (chunk) => void process.stdout.write(chunk),
    writeErr: (text) => void process.stderr.write(text),
    readStdin: () => readAll(process.stdin),
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
