// Orders diagnostics for printing: by file, then position (whole-file ones first), stably.
import { type Diagnostic, diagnosticFile } from '../../diagnostics/diagnostic.js';

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): [string, number, number] => [diagnosticFile(d) ?? '', d.span?.start.line ?? 0, d.span?.start.column ?? 0];
  return list
    .map((d, index) => ({ d, index, k: key(d) }))
    .sort((a, b) => {
      if (a.k[0] !== b.k[0]) return a.k[0] < b.k[0] ? -1 : 1;
      return a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.index - b.index;
    })
    .map((entry) => entry.d);
}

export function countSeverities(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = list.filter((d) => d.severity === 'error').length;
  return { errors, warnings: list.length - errors };
}
