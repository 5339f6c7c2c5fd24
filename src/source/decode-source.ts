// Bytes → SourceFile: enforces the size limit and refuses binary or non-UTF-8 input.
// Does not parse YAML (parse-source.ts does); never throws.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_FILE_BYTES } from './limits.js';
import { normalizeLineEnds } from './line-ends.js';
import type { SourceFile } from './source-file.js';

/** C0 control characters other than tab, line feed and carriage return mark binary data. */
const isBinaryByte = (byte: number): boolean => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
/** The same characters in decoded text: in UTF-8 each is its own byte and nothing else decodes to one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the C0 controls are what it looks for
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** The one file-too-large diagnostic; `size` says what was measured, e.g. "2000000 bytes". */
export function fileTooLarge(file: string, size: string): Diagnostic {
  return {
    code: 'file-too-large',
    severity: 'error',
    message: `file holds ${size}; the limit is ${MAX_FILE_BYTES} bytes (1 MiB)`,
    file,
    hint: 'split the journey, or move personas and channels into imported library files',
  };
}

/** Decodes a file's bytes as UTF-8 text (a leading BOM is dropped, lone CRs become LF). */
export function decodeSource(path: string, bytes: Uint8Array): { source?: SourceFile; diagnostics: Diagnostic[] } {
  if (bytes.length > MAX_FILE_BYTES) return { diagnostics: [fileTooLarge(path, `${bytes.length} bytes`)] };
  const notText = (message: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [
      {
        code: 'file-not-utf8',
        severity: 'error',
        message,
        file: path,
        hint: 'save the file as UTF-8 text',
      },
    ],
  });
  // Binary data is named as such even where it is not UTF-8 either. Decoded text is searched with
  // one regular expression; a per-byte callback over the whole file cost a cold CLI ~10 ms.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (bytes.some(isBinaryByte)) return notText('file holds binary data, not text');
    return notText('file is not valid UTF-8 (another encoding such as Latin-1 or UTF-16?)');
  }
  if (BINARY_CHARACTER.test(text)) return notText('file holds binary data, not text');
  return { source: { path, text: normalizeLineEnds(text) }, diagnostics: [] };
}
