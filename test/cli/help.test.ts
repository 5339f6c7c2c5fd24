// Every command's --help ends with two or three examples a user can copy, and every example uses
// that command with flags that command really has (so an example cannot rot when a flag is renamed).
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

const COMMANDS = ['build', 'validate', 'lint', 'init', 'diff', 'import', 'schema', 'show'];

describe('--help examples', () => {
  const cwd = tempProject();

  it.each(COMMANDS)('%s --help ends with 2-3 copyable examples of that command', (command) => {
    const help = runCli([command, '--help'], { cwd });
    expect(help.status).toBe(0);
    const [usage, examples] = help.stdout.split('\nExamples:\n');
    expect(usage).toMatch(new RegExp(`^Usage: journeymap ${command} `));
    const lines = (examples ?? '').trimEnd().split('\n');
    const commands = lines.filter((line) => line.startsWith('  $ '));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    expect(commands.length).toBeLessThanOrEqual(3);
    // Each command line is followed by one indented line saying what it does; nothing after.
    expect(lines).toHaveLength(commands.length * 2);
    for (const line of commands) {
      const uses = [...line.matchAll(/journeymap (\w+)/g)].map((m) => m[1]);
      expect(uses, line).toContain(command);
      const segment = line.slice(line.indexOf(`journeymap ${command}`)).split('|')[0] ?? '';
      for (const flag of segment.match(/(?<=\s)--?[a-z][\w-]*/g) ?? []) expect(usage, `${flag} in "${line}"`).toContain(flag);
    }
  });

  it('the program help lists every command', () => {
    const help = runCli(['--help'], { cwd });
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });
});
