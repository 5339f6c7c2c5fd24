// `journeymap import`: Mermaid journey → journey YAML that validates, printed or written with -o
// (never over an existing file without --force), schema modeline relative to the project.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

const DIAGRAM = `journey
  title My working day
  section Go to work
    Make tea: 5: Me
    Go upstairs: 3: Me
  section Go home
    Sit down: 5: Me, Cat
`;

describe('import command', () => {
  it('prints YAML that validates and keeps the sections, tasks and actors', () => {
    const cwd = tempProject({ 'day.mmd': DIAGRAM });
    const r = runCli(['import', 'day.mmd'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('title: My working day');
    expect(r.stdout).toContain('https://');
    writeFileSync(join(cwd, 'day.journey.yaml'), r.stdout);
    expect(runCli(['validate', 'day.journey.yaml'], { cwd }).status).toBe(0);
    const changes = runCli(['diff', 'day.journey.yaml', 'day.journey.yaml'], { cwd });
    expect(changes.status).toBe(0);
  });

  it('-o writes the file, with a modeline relative to the project schema; refuses to overwrite', () => {
    const cwd = tempProject({ 'day.mmd': DIAGRAM, 'schemas/journey.schema.json': '{}\n' });
    expect(runCli(['import', 'day.mmd', '-o', 'maps/day.journey.yaml'], { cwd }).status).toBe(0);
    const path = join(cwd, 'maps', 'day.journey.yaml');
    const first = readFileSync(path, 'utf8');
    expect(first.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/journey.schema.json');
    writeFileSync(path, 'kept\n');
    const again = runCli(['import', 'day.mmd', '-o', 'maps/day.journey.yaml'], { cwd });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe('kept\n');
    expect(runCli(['import', 'day.mmd', '-o', 'maps/day.journey.yaml', '--force'], { cwd }).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(first);
  });

  it('reports diagram errors with file:line:col, exit 1, writing nothing', () => {
    const cwd = tempProject({ 'bad.mmd': 'journey\n  section A\n    Task: nine: Me\n' });
    const r = runCli(['import', 'bad.mmd', '-o', 'bad.journey.yaml'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--> bad\.mmd:3:\d+/);
    expect(existsSync(join(cwd, 'bad.journey.yaml'))).toBe(false);
    expect(runCli(['import', 'missing.mmd'], { cwd }).status).toBe(2);
  });
});
