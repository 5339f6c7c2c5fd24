// pptx and xlsx through the CLI are reproducible: a second build is byte-identical, so --check
// passes; a different SOURCE_DATE_EPOCH changes the dates inside, so --check reports them stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

describe('pptx and xlsx builds', () => {
  it('are byte-identical run to run, so --check passes, and follow SOURCE_DATE_EPOCH', () => {
    const cwd = tempProject({ 'map.journey.yaml': VALID_JOURNEY });
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const args = ['build', 'map.journey.yaml', '-f', 'pptx,xlsx', '-o', 'out', '-q'];
    expect(runCli(args, { cwd, env }).status).toBe(0);
    const first = ['pptx', 'xlsx'].map((ext) => readFileSync(join(cwd, 'out', `map.${ext}`)));
    expect(runCli(args, { cwd, env }).status).toBe(0);
    ['pptx', 'xlsx'].forEach((ext, i) => expect(readFileSync(join(cwd, 'out', `map.${ext}`)).equals(first[i]!), ext).toBe(true));
    expect(runCli([...args, '--check'], { cwd, env }).status).toBe(0);
    expect(runCli([...args, '--check'], { cwd, env: { SOURCE_DATE_EPOCH: '1800000000' } }).status).toBe(1);
  });
});
