import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { createPrettyReporter, formatDiagnostic } from './pretty-reporter.js';

const text = ['title: T', 'stages:', '  - name: A', '    touchpoints:', '      - name: x', '        personas: [marie]'].join('\n');
const file = 'maps/checkout.journey.yaml';
const noColor = new Chalk({ level: 0 });
const sourceText = (f: string) => (f === file ? text : undefined);

const unknownPersona: Diagnostic = {
  code: 'unknown-persona',
  severity: 'error',
  message: 'persona "marie" is not defined',
  hint: 'did you mean "maria"?',
  span: { file, start: { line: 6, column: 20, offset: 0 }, end: { line: 6, column: 25, offset: 0 } },
};

describe('pretty reporter', () => {
  it('prints the rustc-style frame with carets under the span and the hint after them', () => {
    const lines = formatDiagnostic(unknownPersona, { color: noColor, sourceText }).split('\n');
    expect(lines[0]).toBe('error[unknown-persona]: persona "marie" is not defined');
    expect(lines[1]).toBe(` --> ${file}:6:20`);
    expect(lines[3]).toBe('6 |         personas: [marie]');
    const caretLine = lines[4] ?? '';
    const sourceLine = lines[3] ?? '';
    // The carets sit exactly under "marie".
    expect(caretLine.indexOf('^')).toBe(sourceLine.indexOf('marie'));
    expect(caretLine).toContain('^^^^^ did you mean "maria"?');
  });

  it('shows related spans as notes and a help line when there is no source', () => {
    const d: Diagnostic = {
      ...unknownPersona,
      span: { ...unknownPersona.span!, file: 'elsewhere.yaml' },
      related: [
        {
          message: 'first defined here',
          span: { file, start: { line: 3, column: 11, offset: 0 }, end: { line: 3, column: 12, offset: 0 } },
        },
      ],
    };
    const out = formatDiagnostic(d, { color: noColor, sourceText });
    expect(out).toContain('= help: did you mean "maria"?');
    expect(out).toContain('note: first defined here');
    expect(out).toContain(`${file}:3:11`);
    expect(out).toMatch(/\n\s+\| {11}-\n/);
  });

  it('summarises counts with plurals, and --quiet hides warnings and the summary', () => {
    const warning: Diagnostic = { code: 'probable-channel-typo', severity: 'warning', message: 'typo?', file };
    let out = '';
    createPrettyReporter({ color: noColor, sourceText, quiet: false, writeErr: (t) => (out += t) }).diagnostics([unknownPersona, warning], {
      files: 3,
    });
    expect(out).toContain('1 error, 1 warning in 3 files');
    out = '';
    createPrettyReporter({ color: noColor, sourceText, quiet: true, writeErr: (t) => (out += t) }).diagnostics([unknownPersona, warning], {
      files: 3,
    });
    expect(out).toContain('error[unknown-persona]');
    expect(out).not.toContain('typo?');
    expect(out).not.toContain('in 3 files');
  });

  it('colours only when asked to', () => {
    const coloured = formatDiagnostic(unknownPersona, { color: new Chalk({ level: 1 }), sourceText });
    expect(coloured).toContain('\u001b[');
    expect(formatDiagnostic(unknownPersona, { color: noColor, sourceText })).not.toContain('\u001b[');
  });
});

describe('formatDiagnostic with invisible characters', () => {
  it('shows a U+202E in the message, the frame and the hint as <U+202E>, so the line is not reordered', () => {
    const d: Diagnostic = {
      code: 'unknown-persona',
      severity: 'error',
      message: 'persona "mar\u202Eie" is not defined',
      span: { file: 'j.yaml', start: { line: 1, column: 11, offset: 10 }, end: { line: 1, column: 17, offset: 16 } },
      hint: 'did you mean "mar\u202Eia"?',
    };
    const out = formatDiagnostic(d, { color: new Chalk({ level: 0 }), sourceText: () => 'personas: mar\u202Eie\n' });
    expect(out).not.toMatch(/\u202E/);
    expect(out).toContain('error[unknown-persona]: persona "mar<U+202E>ie" is not defined');
    expect(out).toContain('1 | personas: mar<U+202E>ie');
    expect(out).toContain('^^^^^^^^^^^^^ did you mean "mar<U+202E>ia"?');
  });
});
