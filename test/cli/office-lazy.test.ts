// The office formats load their libraries only when asked for: `-f svg` never requires pptxgenjs
// or exceljs (a require hook records what the process loads), `-f pptx` and `-f xlsx` do.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const HOOK = `const Module = require('module');
const load = Module._load;
const seen = new Set();
Module._load = function (request, ...rest) { const m = /^(pptxgenjs|exceljs)([/]|$)/.exec(request); if (m) seen.add(m[1]); return load.call(this, request, ...rest); };
process.on('exit', () => require('fs').writeFileSync(process.env.JM_LOADED, [...seen].sort().join(',')));
`;

function loadedBy(format: string): string {
  const cwd = tempProject({ 'map.journey.yaml': VALID_JOURNEY, 'hook.cjs': HOOK });
  const record = join(cwd, 'loaded.txt');
  const r = spawnSync(
    process.execPath,
    ['--require', join(cwd, 'hook.cjs'), BIN, 'build', 'map.journey.yaml', '-f', format, '-o', 'out', '-q'],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', JM_LOADED: record },
    },
  );
  expect(r.status, r.stderr.toString()).toBe(0);
  return readFileSync(record, 'utf8');
}

describe('office formats load lazily', () => {
  it('-f svg loads neither pptxgenjs nor exceljs; -f pptx and -f xlsx load only their own', () => {
    expect(loadedBy('svg')).toBe('');
    expect(loadedBy('pptx')).toBe('pptxgenjs');
    expect(loadedBy('xlsx')).toBe('exceljs');
  });
});
