// Build progress on a real pseudo-terminal (util-linux `script`): a run of many journeys that takes
// more than a second draws "[done/total] journey" on stderr and clears it; under CI it draws nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

// Enough journeys that the build outlasts the one-second delay on a fast, idle machine too.
const journeys = Object.fromEntries(
  Array.from({ length: 48 }, (_, i) => [`maps/j${String(i).padStart(2, '0')}.journey.yaml`, VALID_JOURNEY]),
);

function underTerminal(dir: string, env: Record<string, string>): string {
  const command = `${process.execPath} ${BIN} build maps -f svg,pdf,html,png --jobs 1 --no-cache`;
  const r = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status).toBe(0);
  return r.stdout;
}

describe.skipIf(!existsSync('/usr/bin/script'))('progress on a terminal', () => {
  it('draws done of total and the current journey, then clears the line', () => {
    const shown = underTerminal(tempProject(journeys), {});
    expect(shown).toMatch(/\r\x1b\[2K\[\d+\/48\] maps\/j\d\d\.journey\.yaml/);
    // Cleared before the summary line.
    expect(shown).toMatch(/\r\x1b\[2Kwrote 192 files to out for 48 journeys/);
  });

  it('draws nothing under CI', () => {
    const shown = underTerminal(tempProject(journeys), { CI: 'true' });
    expect(shown).not.toContain('/48]');
    expect(shown).toContain('wrote 192 files to out for 48 journeys');
  });
});
