// `journeymap diff`: changes between two versions as coloured text or JSON, exit 0 unless
// --exit-code, standard input for the old side, and errors as diagnostics (exit 1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** VALID_JOURNEY with Tom removed, a touchpoint renamed (so re-id'd) and an emotion changed. */
const CHANGED = VALID_JOURNEY.replace('  - { id: tom, name: Tom }\n', '')
  .replace('emotion: { maria: 1, tom: -1 }', 'emotion: { maria: 2 }')
  .replace('- Reads reviews', '- Reads ratings');

describe('diff command', () => {
  it('prints one line per change and exits 0; --exit-code exits 1 only with changes', () => {
    const cwd = tempProject({ 'old.journey.yaml': VALID_JOURNEY, 'new.journey.yaml': CHANGED });
    const r = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml'], { cwd });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain('- persona tom "Tom"');
    expect(lines.some((l) => l.startsWith('+ touchpoint reads-ratings'))).toBe(true);
    expect(lines.some((l) => l.startsWith('- touchpoint reads-reviews'))).toBe(true);
    expect(lines.some((l) => /^~ touchpoint sees-an-ad: emotion maria 1 → 2/.test(l))).toBe(true);
    expect(r.stdout).not.toContain('\u001b[');
    expect(runCli(['diff', '--exit-code', 'old.journey.yaml', 'new.journey.yaml'], { cwd }).status).toBe(1);
    const same = runCli(['diff', '--exit-code', 'old.journey.yaml', 'old.journey.yaml'], { cwd });
    expect(same.status).toBe(0);
    expect(same.stdout).toBe('no changes\n');
  });

  it('colours by the first character when colour is forced, and not with NO_COLOR', () => {
    const cwd = tempProject({ 'old.journey.yaml': VALID_JOURNEY, 'new.journey.yaml': CHANGED });
    const forced = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml'], { cwd, env: { FORCE_COLOR: '1' } });
    const red = '\u001b[31m';
    const green = '\u001b[32m';
    const removed = forced.stdout.split('\n').find((l) => l.includes('- persona tom'));
    const added = forced.stdout.split('\n').find((l) => l.includes('+ touchpoint'));
    expect(removed?.startsWith(red)).toBe(true);
    expect(added?.startsWith(green)).toBe(true);
    const plain = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml'], { cwd, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('--format json prints the change list; - reads the old version from standard input', () => {
    const cwd = tempProject({ 'maps/a.journey.yaml': CHANGED });
    const r = runCli(['diff', '--format', 'json', '-', 'maps/a.journey.yaml'], { cwd, stdin: VALID_JOURNEY });
    expect(r.status).toBe(0);
    const changes = JSON.parse(r.stdout) as { kind: string; id?: string }[];
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'persona-removed', id: 'tom' }));
    expect(changes.length).toBe(
      runCli(['diff', '-', 'maps/a.journey.yaml'], { cwd, stdin: VALID_JOURNEY }).stdout.trimEnd().split('\n').length,
    );
  });

  it("resolves the imports of a piped old version from the other file's folder", () => {
    const library = 'personas:\n  - { id: maria, name: Maria }\n  - { id: tom, name: Tom }\n';
    const withImport = VALID_JOURNEY.replace(/personas:\n( {2}- .*\n)+/, 'imports: [../shared/people.yaml]\n');
    const cwd = tempProject({ 'shared/people.yaml': library, 'maps/a.journey.yaml': withImport });
    const r = runCli(['diff', '-', 'maps/a.journey.yaml'], { cwd, stdin: readFileSync(join(cwd, 'maps/a.journey.yaml')) });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('no changes\n');
    expect(r.status).toBe(0);
  });

  it('exits 1 with diagnostics when a version has errors, 2 for a missing file', () => {
    const cwd = tempProject({ 'old.journey.yaml': VALID_JOURNEY, 'bad.journey.yaml': BROKEN_JOURNEY });
    const r = runCli(['diff', 'old.journey.yaml', 'bad.journey.yaml'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--> bad\.journey\.yaml:8:\d+/);
    expect(r.stdout).toBe('');
    const json = runCli(['diff', '--reporter', 'json', '--format', 'json', 'old.journey.yaml', 'bad.journey.yaml'], { cwd });
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.stderr)).toHaveLength(1);
    expect(runCli(['diff', 'old.journey.yaml', 'nope.journey.yaml'], { cwd }).status).toBe(2);
    expect(runCli(['diff', '-', '-'], { cwd }).status).toBe(2);
  });
});
