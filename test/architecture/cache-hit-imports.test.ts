// A build the cache answers never loads the compiler: what `build` imports statically (before any
// journey needs building) holds no YAML parser, schema, model loading, layout, renderer or locale
// catalogue; those come in through import() only when a journey is compiled (build-one.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** The modules a file imports for their values: `import type`, `export type` and import() left out. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*'([^']+)'/gm)) {
    const clause = m[3] ?? '';
    if (
      m[2] ||
      (/^\{[^}]*\}$/.test(clause.trim()) &&
        clause
          .replace(/[{}]/g, '')
          .split(',')
          .map((n) => n.trim())
          .every((n) => n.startsWith('type ') || n === ''))
    )
      continue;
    found.push(m[4] ?? '');
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push(m[1] ?? '');
  return found;
}

/** Every module reachable from `entry` by static value imports: source files (relative to src/) and packages. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    const key = relative(SRC, file);
    if (seen.has(key)) return;
    seen.add(key);
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        if (!specifier.startsWith('node:')) seen.add(`package:${specifier}`);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (existsSync(target)) walk(target);
    }
  };
  walk(entry);
  return seen;
}

describe('a build the cache answers', () => {
  const closure = staticClosure(resolve(SRC, 'cli/commands/build.ts'));

  it('reaches the cache and the run planning', () => {
    expect(closure).toContain('cli/build/build-cache.ts');
    expect(closure).toContain('cli/build/execute-build.ts');
    expect(closure).toContain('cli/build/plan-build.ts');
  });

  it('loads no YAML parser, schema, model loading, layout, renderer or locale catalogue before it must', () => {
    const heavy = [...closure].filter(
      (m) =>
        /^package:(yaml|zod|d3-|csv-parse|pdfkit|fontkit|harfbuzzjs|@resvg|exceljs|pptxgenjs)/.test(m) ||
        /^(compile\.ts|layout\/|schema\/|lint\/|site\/|source\/parse-source\.ts|model\/load-|model\/normalize-|model\/validate)/.test(m) ||
        /^render\/(svg|pdf|html|png|pptx|xlsx)\//.test(m) ||
        m === 'words/locale-words.ts',
    );
    expect(heavy).toEqual([]);
  });
});
