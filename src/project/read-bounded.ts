// Reads a stream or a file up to a byte limit and stops there, so an endless pipe or a huge file
// costs at most the limit in memory (`yes | journeymap validate -` once grew to 19 GB).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

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

/**
 * A file's bytes, or its first `maxBytes + 1` bytes when it is larger (throws as readFileSync).
 * The buffer starts at the file's size (plus the one byte that says "larger") and grows only for a
 * file that grew or has no size (a pipe): a 2 KB picture under a 32 MiB limit costs 2 KB, not 32 MiB
 * zero-filled and kept alive by the returned view.
 */
export function readFileBounded(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        const grown = Buffer.alloc(Math.min(Math.max(2 * length, 64 * 1024), maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return length === buffer.length ? buffer : buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
