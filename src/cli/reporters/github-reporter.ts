// --reporter github: GitHub Actions workflow commands (::error file=…,line=…::message), which
// the runner turns into annotations on the pull request. Escaping follows the runner's rules.
import { type Diagnostic, diagnosticFile } from '../../diagnostics/diagnostic.js';
import type { Reporter } from './reporter.js';

export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(severity: 'error' | 'warning', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${severity}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

export function githubAnnotation(d: Diagnostic): string {
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return command(
    d.severity,
    {
      file: diagnosticFile(d),
      line: d.span?.start.line,
      col: d.span?.start.column,
      endLine: d.span?.end.line,
      endColumn: d.span?.end.column,
      title: `journeymap ${d.code}`,
    },
    message,
  );
}

export function createGithubReporter(writeOut: (text: string) => void): Reporter {
  return {
    diagnostics: (list) => {
      for (const d of list) writeOut(githubAnnotation(d));
    },
    staleOutputs: (list) => {
      for (const item of list) {
        const message = item.state === 'missing' ? 'output is missing: run journeymap build' : 'output is stale: run journeymap build';
        writeOut(command('error', { file: item.path, title: 'journeymap --check' }, message));
      }
    },
  };
}
