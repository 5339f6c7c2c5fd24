// Reads one journey's bytes (a file or standard input, never more than the size limit) and
// decodes them to a SourceFile.
// A path that cannot be read is a usage error; bad bytes are the file's diagnostics.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputFile } from '../project/resolve-inputs.js';
import { decodeSource, fileTooLarge } from '../source/decode-source.js';
import { MAX_FILE_BYTES } from '../source/limits.js';
import type { SourceFile } from '../source/source-file.js';
import type { CliIo } from './io.js';
import { readFileBounded } from '../project/read-bounded.js';
import { UsageError } from './usage-error.js';

export async function readInput(input: InputFile, io: Pick<CliIo, 'readStdin'>): Promise<{ source?: SourceFile; diagnostics: Diagnostic[] }> {
  // A journey whose real path leads outside the project root is reported, never read.
  if (input.refused) return { diagnostics: [input.refused] };
  let bytes: Uint8Array;
  if (input.absolute === undefined) {
    bytes = await io.readStdin(MAX_FILE_BYTES);
  } else {
    try {
      bytes = readFileBounded(input.absolute, MAX_FILE_BYTES);
    } catch (error) {
      throw new UsageError(`cannot read ${input.display}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  // Reading stopped one byte past the limit: say "more than", not a size that was never measured.
  if (bytes.length > MAX_FILE_BYTES) return { diagnostics: [fileTooLarge(input.display, `more than ${MAX_FILE_BYTES} bytes`)] };
  return decodeSource(input.display, bytes);
}
