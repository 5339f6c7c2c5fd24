// Reads one journey's bytes (a file or standard input, never more than the size limit) and
// decodes them to a SourceFile; of a Markdown file, the one ```journey fence the input names.
// A path that cannot be read is a usage error; bad bytes are the file's diagnostics.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readFileBounded } from '../project/read-bounded.js';
import type { InputFile } from '../project/resolve-inputs.js';
import { decodeSource, fileTooLarge } from '../source/decode-source.js';
import { MAX_FILE_BYTES } from '../source/limits.js';
import type { SourceFile } from '../source/source-file.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

export interface ReadInput {
  /** What to compile. */
  readonly source?: SourceFile;
  /** The text code frames show when it is not `source`'s (a Markdown file around a fence). */
  readonly shown?: SourceFile;
  readonly diagnostics: Diagnostic[];
}

export async function readInput(input: InputFile, io: Pick<CliIo, 'readStdin'>): Promise<ReadInput> {
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
  const decoded = decodeSource(input.display, bytes);
  if (!input.markdown || !decoded.source) return decoded;
  return fenceOf(decoded.source, input.markdown.fence);
}

/**
 * A ```journey fence of a Markdown file: compiled as the Markdown's text with all but the fence's
 * body blanked (its own lines and columns); `shown` is the whole file, for code frames.
 */
async function fenceOf(markdown: SourceFile, index: number): Promise<ReadInput> {
  const { journeyFences } = await import('../project/markdown-fences.js');
  const fence = (await journeyFences(markdown.text))[index - 1];
  if (!fence) throw new UsageError(`${markdown.path} changed while it was built: its journey fence ${index} is gone; build again`);
  return { source: { path: markdown.path, text: fence.text }, shown: markdown, diagnostics: [] };
}
