// `journeymap diff --format markdown`: the pull-request comment on stdout, from files or from
// standard input (as piped from `git show`), with --exit-code and diagnostics as for text.
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const EDITED = VALID_JOURNEY.replace('emotion: { maria: 1, tom: -1 }', 'emotion: { maria: 2, tom: -1 }').replace(
  '- Reads reviews',
  '- Reads reviews\n      - Asks a friend',
);

describe('diff --format markdown', () => {
  it('prints the comment for two files; --exit-code makes changes exit 1', () => {
    const cwd = tempProject({ 'maps/old.journey.yaml': VALID_JOURNEY, 'maps/a.journey.yaml': EDITED });
    const r = runCli(['diff', 'maps/old.journey.yaml', 'maps/a.journey.yaml', '--format', 'markdown'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '## Journey map changes: Test journey',
        '',
        '`maps/a.journey.yaml` · 2 changes: 1 added, 1 changed',
        '',
        '### Emotion',
        '',
        '| Persona | Net change | Touchpoints |',
        '|---|---|---|',
        '| Maria | 📈 +1 | Sees an ad 1 → 2 (+1) |',
        '',
        '### Stage: Discover',
        '',
        '- ➕ touchpoint **Asks a friend**',
        '',
      ].join('\n'),
    );
    expect(runCli(['diff', 'maps/old.journey.yaml', 'maps/a.journey.yaml', '--format', 'markdown', '--exit-code'], { cwd }).status).toBe(1);
  });

  it('names the file when the old side comes from standard input, and says when nothing changed', () => {
    const cwd = tempProject({ 'maps/a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['diff', '-', 'maps/a.journey.yaml', '--format', 'markdown'], { cwd, stdin: VALID_JOURNEY });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('## Journey map changes: Test journey\n\n`maps/a.journey.yaml` · No changes.\n');
  });

  it('a broken side: diagnostics on stderr, exit 1, no comment; an unknown format is a usage error', () => {
    const cwd = tempProject({ 'old.journey.yaml': VALID_JOURNEY, 'new.journey.yaml': BROKEN_JOURNEY });
    const r = runCli(['diff', 'old.journey.yaml', 'new.journey.yaml', '--format', 'markdown'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error[unknown-persona]');
    expect(runCli(['diff', 'old.journey.yaml', 'old.journey.yaml', '--format', 'md'], { cwd }).status).toBe(2);
  });
});
