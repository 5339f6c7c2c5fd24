// The examples' SVGs are reviewed goldens: examples/<name>.svg is what `journeymap build` gives for
// examples/<name>.journey.yaml. A layout or renderer change shows up here as a diff to look at
// (render both to PNG with ../shared/tools/look) before accepting it with:
//   UPDATE_GOLDENS=1 npx vitest run test/golden
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/run-cli.js';

const examples = readdirSync(join(REPO_ROOT, 'examples'))
  .filter((name) => name.endsWith('.journey.yaml'))
  .map((name) => name.replace(/\.journey\.yaml$/, ''));

describe('example goldens', () => {
  const out = mkdtempSync(join(tmpdir(), 'jm-golden-'));
  const result = runCli(['build', 'examples', '-f', 'svg', '-o', out, '-q'], { cwd: REPO_ROOT });

  it('builds every example without diagnostics', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(examples)('%s.svg matches the reviewed golden', (name) => {
    const built = readFileSync(join(out, 'examples', `${name}.svg`), 'utf8');
    const golden = join(REPO_ROOT, 'examples', `${name}.svg`);
    if (process.env.UPDATE_GOLDENS === '1') writeFileSync(golden, built);
    expect(built, `examples/${name}.svg is stale: look at the new map, then UPDATE_GOLDENS=1`).toBe(readFileSync(golden, 'utf8'));
  });

  it('lints clean: the examples are the showcase of a good journey', () => {
    const lint = runCli(['lint', 'examples', '--reporter', 'json'], { cwd: REPO_ROOT });
    expect(lint.status).toBe(0);
    expect(JSON.parse(lint.stdout)).toEqual([]);
  });
});
