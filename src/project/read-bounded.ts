// Reads a stream or a file up to a byte limit and stops there, so an endless pipe or a huge file
// costs at most the limit in memory (`yes | journeymap validate -` once grew to 19 GB).
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The stream's bytes, or its first `maxBytes + 1` bytes when it holds more: one byte over says
 * "too large" without reading on. Stops pulling from the stream at that point.
 */
export async function readStreamBounded(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    // Leaving the loop ends the iteration, which destroys the stream: nothing more is read.
    if (total > maxBytes) break;
  }
  const all = Buffer.concat(chunks);
  return all.length > maxBytes + 1 ? all.subarray(0, maxBytes + 1) : all;
}

/** A file's bytes, or its first `maxBytes + 1` bytes when it is larger (throws as readFileSync). */
export function readFileBounded(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
