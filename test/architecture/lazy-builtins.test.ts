// node:crypto takes milliseconds to load: only a run that hashes loads it (project/content-hash.ts;
// the HTML renderer, which hashes its page's policy, loads only when a page is rendered).
// Checked on the built CLI: the Node built-ins a process loaded, from process.moduleLoadList.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** The built-in modules a build loaded, in order. */
function builtinsLoaded(args: readonly string[]): string[] {
  const dir = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
  const preload = join(dir, 'record-builtins.cjs');
  const list = join(dir, 'builtins.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`,
  );
  const result = runCli(['build', 'a.journey.yaml', ...args], { cwd: dir, env: { NODE_OPTIONS: `--require ${preload}` } });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(readFileSync(list, 'utf8')) as string[];
}

describe('built-in modules a build loads', () => {
  it('leaves node:crypto unloaded in a build that hashes nothing (--no-cache, SVG)', () => {
    expect(builtinsLoaded(['-f', 'svg', '--no-cache', '-o', 'out']).filter((m) => m.includes('crypto'))).toEqual([]);
  });

  it('loads it once the build cache hashes the inputs', () => {
    expect(builtinsLoaded(['-f', 'svg', '-o', 'out'])).toContain('NativeModule crypto');
  });
});
