import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { escapeData, escapeProperty, githubAnnotation } from './github-reporter.js';

const span = (file: string) => ({
  file,
  start: { line: 3, column: 5, offset: 20 },
  end: { line: 3, column: 10, offset: 25 },
});

describe('github reporter', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('writes one ::error line with the span and escaped file name', () => {
    const d: Diagnostic = {
      code: 'unknown-persona',
      severity: 'error',
      message: 'persona "marie" is not defined',
      hint: 'did you mean "maria"?',
      span: span('maps/a,b.journey.yaml'),
    };
    const line = githubAnnotation(d);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd().split('\n')).toHaveLength(1);
    expect(line).toMatch(/^::error file=maps\/a%2Cb\.journey\.yaml,line=3,col=5,endLine=3,endColumn=10,title=/);
    expect(line).toContain('::persona "marie" is not defined%0Adid you mean "maria"?');
  });

  it('uses ::warning for warnings and omits position properties without a span', () => {
    const line = githubAnnotation({ code: 'empty-file', severity: 'warning', message: 'empty', file: 'x.yaml' });
    expect(line.startsWith('::warning file=x.yaml,title=')).toBe(true);
    expect(line).not.toContain('line=');
  });
});
