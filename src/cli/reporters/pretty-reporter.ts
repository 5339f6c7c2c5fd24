// --reporter pretty (the default): compiler-style diagnostics on stderr with code frames,
// related spans as notes and a one-line summary. Colour via chalk (NO_COLOR handled by caller).
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Span } from '../../diagnostics/diagnostic.js';
import { diagnosticFile } from '../../diagnostics/diagnostic.js';
import { say, sayCount, wordsFor } from '../../words/say.js';
import { codeFrame, type FrameStyle, visibleText } from './code-frame.js';
import type { Reporter } from './reporter.js';
import { countSeverities } from './sort-diagnostics.js';

export interface PrettyOptions {
  readonly color: ChalkInstance;
  /** Text of a file named in a span, for code frames; undefined when unavailable. */
  readonly sourceText: (file: string) => string | undefined;
  /** Only errors, no summary. */
  readonly quiet: boolean;
  readonly writeErr: (text: string) => void;
}

const location = (span: Span): string => `${span.file}:${span.start.line}:${span.start.column}`;

export function formatDiagnostic(given: Diagnostic, options: Pick<PrettyOptions, 'color' | 'sourceText'>): string {
  const { color: c, sourceText } = options;
  // Messages quote the user's text: a U+202E in a persona id must not reorder the terminal line.
  const d: Diagnostic = {
    ...given,
    message: visibleText(given.message),
    ...(given.hint !== undefined ? { hint: visibleText(given.hint) } : {}),
    ...(given.related ? { related: given.related.map((r) => ({ ...r, message: visibleText(r.message) })) } : {}),
  };
  const paint = d.severity === 'error' ? c.red.bold : c.yellow.bold;
  const style: FrameStyle = { gutter: c.blue.bold, marker: paint };
  const out = [`${paint(`${d.severity}[${d.code}]`)}${c.bold(`: ${d.message}`)}`];
  const width = String(d.span?.start.line ?? 1).length;
  const arrow = `${' '.repeat(width)}${c.blue.bold('-->')}`;
  const file = diagnosticFile(d);
  const text = d.span ? sourceText(d.span.file) : undefined;
  const frame = d.span && text !== undefined ? codeFrame(text, d.span, style, '^', d.hint) : '';
  if (d.span) out.push(`${arrow} ${location(d.span)}`);
  else if (file) out.push(`${arrow} ${file}`);
  if (frame) out.push(frame);
  else if (d.hint) out.push(`${' '.repeat(width)} ${c.blue.bold('=')} ${c.bold('help:')} ${d.hint}`);
  for (const related of d.related ?? []) {
    out.push(`${c.cyan.bold('note')}: ${related.message}`, `${arrow} ${location(related.span)}`);
    const relatedText = sourceText(related.span.file);
    const relatedFrame =
      relatedText === undefined ? '' : codeFrame(relatedText, related.span, { gutter: style.gutter, marker: c.cyan }, '-');
    if (relatedFrame) out.push(relatedFrame);
  }
  return `${out.join('\n')}\n`;
}

export function createPrettyReporter(options: PrettyOptions): Reporter {
  const { color: c, quiet, writeErr } = options;
  const words = wordsFor();
  return {
    diagnostics(list, summary) {
      const shown = quiet ? list.filter((d) => d.severity === 'error') : list;
      for (const d of shown) writeErr(`${formatDiagnostic(d, options)}\n`);
      const { errors, warnings } = countSeverities(list);
      if (quiet || errors + warnings === 0) return;
      const line = say(words, 'cli.problemsIn', {
        errors: sayCount(words, 'cli.errors', errors),
        warnings: sayCount(words, 'cli.warnings', warnings),
        files: sayCount(words, 'cli.files', summary.files),
      });
      writeErr(`${errors > 0 ? c.red.bold(line) : c.yellow.bold(line)}\n`);
    },
    staleOutputs(list) {
      for (const item of list) {
        const what = item.state === 'missing' ? 'is missing' : 'is out of date';
        writeErr(`${c.red.bold('error[check]')}${c.bold(`: ${item.path} ${what}`)}\n`);
      }
      if (list.length > 0)
        writeErr(`${c.bold(say(words, 'cli.staleOutputs', { outputs: sayCount(words, 'cli.outputs', list.length) }))}\n`);
    },
  };
}
