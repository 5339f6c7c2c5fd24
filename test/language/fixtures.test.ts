// Every invalid fixture yields its expected code at its expected line:column (and file), and every
// code in the catalog has a fixture and a docs page (renderer codes: docs only; their renderers' tests own them).
// Fixtures that load are linted too, so lint codes are checked the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { lintJourney } from '../../src/lint/lint-journey.js';
import { loadJourney } from '../../src/model/load-journey.js';
import { decodeSource } from '../../src/source/decode-source.js';
import { padding, readExpectation } from './fixture-expectations.js';
import { folderHost } from './hosts.js';

const repo = join(import.meta.dirname, '../..');
/** Codes that only renderers report, tested where the renderers are. */
const RENDERER_CODES: readonly string[] = ['render-failed', 'png-downscaled', 'glyphs-missing'];
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

describe('invalid fixtures', () => {
  it.each(fixtures)('%s reports its expected diagnostic', (relative) => {
    const expectation = readExpectation(new Uint8Array(readFileSync(join(invalid, relative))));
    expect(expectation, 'first line must be "# expect: <code> [line:col] [in file]"').toBeDefined();
    if (!expectation) return;
    const { diagnostics, path } = loadFixture(relative);
    const file = expectation.file ?? path;
    const found = diagnostics.find(
      (d) =>
        d.code === expectation.code &&
        (d.span?.file ?? d.file) === file &&
        (expectation.line === undefined ||
          (d.span?.start.line === expectation.line && d.span.start.column === expectation.column)),
    );
    const seen = diagnostics.map((d) => `${d.code} ${d.span?.file ?? d.file}:${d.span?.start.line}:${d.span?.start.column}`);
    expect(found, `got: ${seen.join('; ')}`).toBeDefined();
    // Whole-file problems have no span; everything else must have one with a sane range.
    if (expectation.line === undefined) expect(found?.span).toBeUndefined();
    if (found?.span) expect(found.span.end.offset).toBeGreaterThanOrEqual(found.span.start.offset);
  });
});

describe('the catalog', () => {
  const codes = Object.keys(CODES);
  it.each(codes)('%s has a docs page', (code) => {
    expect(existsSync(join(repo, 'docs/diagnostics', `${code}.md`))).toBe(true);
  });
  it.each(codes.filter((c) => !RENDERER_CODES.includes(c)))('%s has an invalid fixture', (code) => {
    // Mermaid import codes are about .mmd files: their fixtures live with the Mermaid samples.
    const mermaid = code.startsWith('mermaid-');
    const dir = mermaid ? join(repo, 'test/fixtures/mermaid/invalid', code) : join(invalid, code);
    const ext = mermaid ? '.mmd' : '.journey.yaml';
    expect(existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(ext))).toBe(true);
  });
});
