// Every invalid fixture yields exactly the diagnostics its first line lists (code, file, line:column;
// nothing missing, nothing extra), and every
// code in the catalog has a fixture and a docs page (renderer codes: docs only; their renderers' tests own them).
// Fixtures that load are linted too, so lint codes are checked the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { convertMermaidJourney } from '../../src/convert/mermaid-journey.js';
import { CODES } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { lintJourney } from '../../src/lint/lint-journey.js';
import { loadJourney } from '../../src/model/load-journey.js';
import { decodeSource } from '../../src/source/decode-source.js';
import { type Expectation, padding, readExpectations } from './fixture-expectations.js';
import { folderHost } from './hosts.js';

const repo = join(import.meta.dirname, '../..');
/** Codes that only renderers report, tested where the renderers are. */
const RENDERER_CODES: readonly string[] = ['render-failed', 'png-downscaled', 'glyphs-missing', 'print-text-small'];
/** Codes about journeymap.config.yaml only: their fixtures are configs, tested in test/cli/locale-config.test.ts. */
const CONFIG_CODES: readonly string[] = ['unknown-label'];
/** Codes only theme files get. */
const THEME_CODES: readonly string[] = ['low-contrast'];
const invalid = join(repo, 'test/fixtures/invalid');
const fixtures = globSync('*/*.journey.yaml', { cwd: invalid });

/** Loads a fixture the way the CLI would: bytes → decode → loadJourney, rooted at its folder. */
export function loadFixture(relative: string): { diagnostics: Diagnostic[]; path: string } {
  const [folder = '', name = ''] = relative.split('/');
  let bytes: Uint8Array = new Uint8Array(readFileSync(join(invalid, relative)));
  const pad = padding(bytes);
  if (pad > 0) bytes = new Uint8Array([...bytes, ...new TextEncoder().encode(`#${'x'.repeat(pad)}\n`)]);
  const decoded = decodeSource(name, bytes);
  if (!decoded.source) return { diagnostics: decoded.diagnostics, path: name };
  const loaded = loadJourney(decoded.source, folderHost(join(invalid, folder)));
  // Lint codes have fixtures here too: a journey that loads is also linted, as `journeymap lint` does.
  const lint = loaded.journey ? lintJourney(loaded.journey) : [];
  return { diagnostics: [...loaded.diagnostics, ...lint], path: name };
}

/** One diagnostic as `code file:line:col`, or `code file` for a whole-file problem (no span). */
const show = (d: Diagnostic): string =>
  d.span ? `${d.code} ${d.span.file}:${d.span.start.line}:${d.span.start.column}` : `${d.code} ${d.file}`;
const showExpected = (e: Expectation, path: string): string =>
  `${e.code} ${e.file ?? path}${e.line === undefined ? '' : `:${e.line}:${e.column}`}`;

describe('invalid fixtures', () => {
  it.each(fixtures)('%s reports exactly its expected diagnostics, no more', (relative) => {
    const expectations = readExpectations(new Uint8Array(readFileSync(join(invalid, relative))));
    expect(expectations, 'first line must be "# expect: <code> [line:col] [in file], …"').toBeDefined();
    if (!expectations) return;
    expect(expectations[0]?.code, 'the first expected code is the one the folder is named after').toBe(relative.split('/')[0]);
    const { diagnostics, path } = loadFixture(relative);
    // The complete list, positions included: an extra or a moved diagnostic fails as surely as a missing one.
    expect(diagnostics.map(show).sort()).toEqual(expectations.map((e) => showExpected(e, path)).sort());
    for (const d of diagnostics) if (d.span) expect(d.span.end.offset).toBeGreaterThanOrEqual(d.span.start.offset);
  });
});

describe('invalid Mermaid fixtures', () => {
  const mermaidInvalid = join(repo, 'test/fixtures/mermaid/invalid');
  const mermaidFixtures = globSync('*/*.mmd', { cwd: mermaidInvalid });
  it.each(mermaidFixtures)('%s reports exactly its expected diagnostics, no more', (relative) => {
    const text = readFileSync(join(mermaidInvalid, relative), 'utf8');
    const expectations = readExpectations(new TextEncoder().encode(text), '%%');
    expect(expectations, 'first line must be "%% expect: <code> line:col, …"').toBeDefined();
    if (!expectations) return;
    expect(expectations[0]?.code).toBe(relative.split('/')[0]);
    const { yaml, diagnostics } = convertMermaidJourney(text, relative);
    expect(yaml).toBeUndefined();
    const seen = diagnostics.map((d) => `${d.code} ${d.span?.start.line}:${d.span?.start.column}`);
    expect(seen.sort()).toEqual(expectations.map((e) => `${e.code} ${e.line}:${e.column}`).sort());
  });
});

describe('the catalog', () => {
  const codes = Object.keys(CODES);
  it.each(codes)('%s has a docs page', (code) => {
    expect(existsSync(join(repo, 'docs/diagnostics', `${code}.md`))).toBe(true);
  });
  it.each(codes.filter((c) => !RENDERER_CODES.includes(c) && !CONFIG_CODES.includes(c)))('%s has an invalid fixture', (code) => {
    // Mermaid import codes are about .mmd files: their fixtures live with the Mermaid samples;
    // workshop import codes are about spreadsheets: CSV fixtures under test/fixtures/sheets.
    // Theme-file codes: theme files under test/fixtures/themes (checked in src/project/resolve-theme.test.ts).
    const mermaid = code.startsWith('mermaid-');
    const sheet = code.startsWith('sheet-');
    const theme = THEME_CODES.includes(code);
    const dir = mermaid
      ? join(repo, 'test/fixtures/mermaid/invalid', code)
      : sheet
        ? join(repo, 'test/fixtures/sheets/invalid', code)
        : theme
          ? join(repo, 'test/fixtures/themes/invalid', code)
          : join(invalid, code);
    const ext = mermaid ? '.mmd' : sheet ? '.csv' : theme ? '.theme.yaml' : '.journey.yaml';
    expect(existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(ext))).toBe(true);
  });
});
