// Keeps the architecture's folder rules true: which src/ folder may import which, that nothing
// imports cli/, and that the pure core never touches the file system, the environment or the clock.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Folder → the folders of ours it may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  diagnostics: [],
  source: ['diagnostics'],
  schema: [],
  model: ['schema', 'source', 'diagnostics'],
  lint: ['model', 'diagnostics'],
  theme: ['schema'],
  scene: [],
  assets: ['scene'],
  // view/: what one picture is of (persona filter and styles), read by layout and every renderer.
  // words/: the one catalogue of every word outputs and the CLI show (message id → text).
  words: [],
  view: ['model', 'scene', 'theme', 'words'],
  layout: ['model', 'scene', 'theme', 'diagnostics', 'assets', 'view', 'words'],
  render: ['scene', 'theme', 'diagnostics', 'model', 'assets', 'view', 'words'],
  // convert/ reports Diagnostics and derives ids with model/slug.ts, exactly as the loader would.
  convert: ['schema', 'diagnostics', 'model'],
  // site/: the portfolio site, pure functions from compiled journeys' summaries to pages (its
  // browser script in site/client/ reads the viewer's clock, so the folder is not in PURE).
  site: ['model', 'render', 'view', 'words'],
};
/** Folders whose code must stay pure (no fs, env, clock); assets/ is the one door to font files. */
const PURE = ['diagnostics', 'source', 'schema', 'model', 'lint', 'theme', 'scene', 'words', 'view', 'layout', 'convert'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const topFolder = (file: string): string => relative(SRC, file).split('/')[0] ?? '';

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specifiers.map((s) => resolve(dirname(file), s));
}

const files = sourceFiles(SRC);

describe('architecture import rules', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s imports only what its folder may', (_name, file) => {
    const folder = topFolder(file);
    for (const target of relativeImports(file)) {
      const targetFolder = topFolder(target);
      if (!target.startsWith(SRC)) continue; // assets/fonts/metrics.json and the like
      if (targetFolder === 'cli') expect(folder, `${file} imports cli/`).toBe('cli');
      const allowed = ALLOWED[folder];
      if (!allowed || targetFolder === folder || !targetFolder.length) continue;
      expect(allowed, `${relative(SRC, file)} imports ${relative(SRC, target)}`).toContain(targetFolder);
    }
  });

  it.each(files.filter((f) => PURE.includes(topFolder(f))).map((f) => [relative(SRC, f), f]))(
    '%s is pure (no fs, env or clock)',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from 'node:fs'|from 'fs'|process\.env|Date\.now\(|new Date\(\)|Math\.random\(/);
    },
  );
});
