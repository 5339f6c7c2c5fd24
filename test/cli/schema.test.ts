// `journeymap schema` prints valid JSON equal to the committed schemas/journey.schema.json,
// and -o writes the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempProject } from '../support/run-cli.js';

describe('schema command', () => {
  it('prints the committed JSON Schema', () => {
    const r = runCli(['schema'], { cwd: tempProject() });
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'journey.schema.json'), 'utf8'));
    expect(printed).toEqual(committed);
    expect(typeof printed.$schema).toBe('string');
  });

  it('writes the same text with -o', () => {
    const cwd = tempProject();
    const printed = runCli(['schema'], { cwd }).stdout;
    expect(runCli(['schema', '-o', 'schemas/j.json'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, 'schemas', 'j.json'), 'utf8')).toBe(printed);
  });
});
