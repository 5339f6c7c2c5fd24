// Resolves a path written in a file (image, import) to a root-relative path, refusing absolute
// paths, URLs and `..` escaping the project root. Pure: node:path/posix only computes strings.
import { posix } from 'node:path';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../source/locate.js';
import type { ParsedFile } from '../source/parse-source.js';

export type PathProblem = 'absolute' | 'url' | 'outside';

export type ResolvedPath = { readonly path: string } | { readonly problem: PathProblem };

const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i; // two letters at least: "C:" is a drive, not a scheme
const WINDOWS_ABSOLUTE = /^(?:[a-z]:[\\/]|[\\/]{2})/i;

/** `written` is relative to the directory of `fromFile`; both use `/` and the root is "". */
export function resolveProjectPath(fromFile: string, written: string): ResolvedPath {
  if (WINDOWS_ABSOLUTE.test(written) || written.startsWith('/') || written.startsWith('~')) {
    return { problem: 'absolute' };
  }
  if (URL_SCHEME.test(written)) return { problem: 'url' };
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), written.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../')) return { problem: 'outside' };
  return { path: joined };
}

export const PATH_PROBLEM_MESSAGES: Readonly<Record<PathProblem, string>> = {
  absolute: 'is an absolute path',
  url: 'is a URL',
  outside: 'leads outside the project root',
};

/** A path written in a file, resolved and located: the root-relative path, or the diagnostic saying why not. */
export interface WrittenPath {
  readonly path?: string;
  readonly span: Span;
  readonly diagnostic?: Diagnostic;
}

/** `what` names the field in the message ("image", "map", "data"); `example` goes into the hint. */
export function resolveWrittenPath(parsed: ParsedFile, at: DataPath, written: string, what: string, example: string): WrittenPath {
  const span = parsed.locate(at);
  const resolved = resolveProjectPath(parsed.source.path, written);
  if ('path' in resolved) return { path: resolved.path, span };
  return {
    span,
    diagnostic: {
      code: 'path-outside-root',
      severity: 'error',
      message: `${what} "${written}" ${PATH_PROBLEM_MESSAGES[resolved.problem]}`,
      span,
      hint: `use a relative path to a file inside the project, e.g. ${example}`,
    },
  };
}
