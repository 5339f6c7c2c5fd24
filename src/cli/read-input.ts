// Reads one journey's bytes (a file or standard input) and decodes them to a SourceFile.
// A path that cannot be read is a usage error; bad bytes are the file's diagnostics.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputFile } from '../project/resolve-inputs.js';
import { decodeSource } from '../source/decode-source.js';
import type { SourceFile } from '../source/source-file.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

export async function readInput(input: InputFile, io: Pick<CliIo, 'readStdin'>): Promise<{ source?: SourceFile; diagnostics: Diagnostic[] }> {
  let bytes: Uint8Array;
  if (input.absolute === undefined) {
    bytes = await io.readStdin();
  } else {
    try {
      bytes = readFileSync(input.absolute);
    } catch (error) {
      throw new UsageError(`cannot read ${input.display}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return decodeSource(input.display, bytes);
}
