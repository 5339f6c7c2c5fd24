// The diagnostic for a file a journey names whose real path leads outside the project root
// (a symbolic link): the fs Host refused it unread; say so instead of "does not exist".
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import type { CheckedHost } from './checked-host.js';

/** path-outside-root when the host says `path` is a symlink out of the root, else undefined. */
export function outsideRootProblem(host: CheckedHost, what: string, path: string, span: Span): Diagnostic | undefined {
  if (host.fileProblem?.(path) !== 'outside-root') return undefined;
  return {
    code: 'path-outside-root',
    severity: 'error',
    message: `${what} "${path}" is a symbolic link leading outside the project root`,
    span,
    hint: 'copy the file into the project instead of linking to it; nothing outside the root is read',
  };
}
