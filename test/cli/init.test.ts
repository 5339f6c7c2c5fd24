// `journeymap init`: a scaffold that validates, lints clean and builds at once, and that never
// overwrites the user's files.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

describe('init command', () => {
  it('scaffolds a project that builds svg, pdf and html at once', () => {
    const cwd = tempProject();
    const r = runCli(['init', 'proj'], { cwd });
    expect(r.status).toBe(0);
    const dir = join(cwd, 'proj');
    const journey = readFileSync(join(dir, 'maps/first.journey.yaml'), 'utf8');
    // The modeline points at a schema file that exists, relative to the journey.
    const schema = /\$schema=(\S+)/.exec(journey.split('\n')[0] ?? '')?.[1];
    expect(schema).toBeDefined();
    expect(JSON.parse(readFileSync(join(dir, 'maps', schema ?? ''), 'utf8')).title).toContain('journey');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('out/');

    const build = runCli(['build'], { cwd: dir });
    expect(build.stderr).not.toMatch(/error|warning/);
    expect(build.status).toBe(0);
    for (const ext of ['svg', 'pdf', 'html']) expect(statSync(join(dir, 'out', 'maps', `first.${ext}`)).size).toBeGreaterThan(500);
    const lint = runCli(['lint', '--max-warnings', '0'], { cwd: dir });
    expect(lint.status).toBe(0);
  });

  it('the journey has 2 imported personas, 3 stages, a moment of truth and KPIs', () => {
    const cwd = tempProject();
    expect(runCli(['init'], { cwd }).status).toBe(0);
    // Diffed against a one-stage journey, the changes list what the scaffold holds.
    writeFileSync(join(cwd, 'empty.journey.yaml'), 'title: First grocery order\nstages: [{ id: discover, name: Discover }]\n');
    const changes = JSON.parse(runCli(['diff', '--format', 'json', 'empty.journey.yaml', 'maps/first.journey.yaml'], { cwd }).stdout) as {
      kind: string;
      id?: string;
      field?: string;
      new?: unknown;
    }[];
    expect(changes.filter((c) => c.kind === 'persona-added')).toHaveLength(2);
    expect(changes.filter((c) => c.kind === 'stage-added')).toHaveLength(2);
    expect(changes.some((c) => c.kind === 'kpi-added')).toBe(true);
    expect(readFileSync(join(cwd, 'maps/first.journey.yaml'), 'utf8')).toMatch(/critical: true/);
  });

  it('refuses (exit 2) when scaffold files exist, listing them, and changes nothing', () => {
    const cwd = tempProject({ 'personas.yaml': 'mine\n', 'maps/first.journey.yaml': 'mine too\n' });
    const r = runCli(['init'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('personas.yaml');
    expect(r.stderr).toContain('maps/first.journey.yaml');
    expect(existsSync(join(cwd, 'journeymap.config.yaml'))).toBe(false);
    expect(readFileSync(join(cwd, 'personas.yaml'), 'utf8')).toBe('mine\n');
  });

  it('appends the out folder to an existing .gitignore instead of refusing', () => {
    const cwd = tempProject({ '.gitignore': 'node_modules/' });
    expect(runCli(['init'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe('node_modules/\nout/\n');
  });
});
