// `journeymap show <file>` as a process: piped output is plain and 80 columns wide, FORCE_COLOR
// colours the same text, a broken file gets build's diagnostics (exit 1) and no map.
import { describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, REPO_ROOT, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const EXAMPLE = 'examples/first-grocery-order.journey.yaml';

describe('journeymap show', () => {
  it('prints the example plainly when piped, every line within 80 columns', () => {
    const r = runCli(['show', EXAMPLE], { cwd: REPO_ROOT });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'First grocery order',
      'From the first ad to the second order, for new customers of the FreshCart app.',
    ]);
    expect(lines).toContain('  ● Maria, busy parent (maria) — Project manager');
    expect(lines).toContain('  maria ▆·│▄▆│▃▁│▆▄│▇▇ avg +0.4');
    expect(lines).toContain('  tom   ·▅│▃▅│▃▁│▄▆│·▆ avg −0.1');
    // 5 stages need 162 columns side by side: at 80 they are sections, in order.
    expect(lines.filter((l) => /^\d\. /.test(l))).toEqual([
      '1. Awareness',
      '2. Consideration',
      '3. Purchase',
      '4. Delivery',
      '5. Retention',
    ]);
    expect(lines).toContain('! Pays [Mobile app]');
    expect(lines).toContain('  − pain: Delivery fee appears only at payment');
    expect(lines).toContain('  ✗ Payment drop-off 23% (target ≤ 10%): Off target');
    expect(lines.slice(-3)).toEqual([
      'Journey KPIs',
      '  ✗ NPS 31 (target ≥ 45): Off target',
      '  ✓ Second order within 30 days 42% (target ≥ 40%): On target',
    ]);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it("colours by chalk's rules: FORCE_COLOR colours the same text, NO_COLOR keeps it plain", () => {
    const plain = runCli(['show', EXAMPLE], { cwd: REPO_ROOT, env: { NO_COLOR: '1' } }).stdout;
    const coloured = runCli(['show', EXAMPLE], { cwd: REPO_ROOT, env: { FORCE_COLOR: '3' } }).stdout;
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(plain);
    // Maria's curve in her colour (#d9480f), the pain in red.
    expect(coloured).toContain('\u001b[38;2;217;72;15m▆·│▄▆│▃▁│▆▄│▇▇');
    expect(coloured).toContain('\u001b[31mpain: Delivery fee appears only at payment');
  });

  it('reads standard input with -', () => {
    const r = runCli(['show', '-'], { cwd: tempProject(), stdin: VALID_JOURNEY });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Test journey');
    // Two stages fit side by side in 80 columns: 38 each and a rule.
    expect(r.stdout).toContain(
      [
        '1. Discover                            │ 2. Buy',
        '• Sees an ad                           │ • Pays',
        '  maria +1  tom −1                     │   maria −1  tom −1',
      ].join('\n'),
    );
  });

  it("a broken file: build's diagnostics on stderr, exit 1, no map", () => {
    const cwd = tempProject({ 'maps/bad.journey.yaml': BROKEN_JOURNEY });
    const r = runCli(['show', 'maps/bad.journey.yaml'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error[unknown-persona]');
    expect(r.stderr).toContain('--> maps/bad.journey.yaml:8:20');
    const json = runCli(['show', 'maps/bad.journey.yaml', '--reporter', 'json'], { cwd });
    expect(JSON.parse(json.stderr)).toEqual([
      expect.objectContaining({ code: 'unknown-persona', file: 'maps/bad.journey.yaml', line: 8, column: 20 }),
    ]);
  });

  it('a missing file or no file is a usage error (2)', () => {
    const cwd = tempProject();
    const missing = runCli(['show', 'nope.journey.yaml'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('journeymap: error: cannot read nope.journey.yaml: no such file\n');
    expect(runCli(['show'], { cwd }).status).toBe(2);
  });
});
