// --reporter json: one JSON array on stdout, a stable shape for tools (absent values are null).
// --check findings go to stderr so stdout stays exactly one array.
import { type Diagnostic, diagnosticFile } from '../../diagnostics/diagnostic.js';
import type { Reporter } from './reporter.js';

export interface JsonDiagnostic {
  readonly severity: Diagnostic['severity'];
  readonly code: string;
  readonly message: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly hint: string | null;
}

export const toJsonDiagnostic = (d: Diagnostic): JsonDiagnostic => ({
  severity: d.severity,
  code: d.code,
  message: d.message,
  file: diagnosticFile(d) ?? null,
  line: d.span?.start.line ?? null,
  column: d.span?.start.column ?? null,
  endLine: d.span?.end.line ?? null,
  endColumn: d.span?.end.column ?? null,
  hint: d.hint ?? null,
});

export function createJsonReporter(writeOut: (text: string) => void, writeErr: (text: string) => void): Reporter {
  return {
    diagnostics: (list) => writeOut(`${JSON.stringify(list.map(toJsonDiagnostic), null, 2)}\n`),
    staleOutputs: (list) => {
      for (const item of list) writeErr(`${item.state === 'missing' ? 'missing' : 'stale'}: ${item.path}\n`);
    },
  };
}
