// A build run parses each font file once and shares it between its journeys' PDFs (one parse per
// run or --jobs worker: RenderContext.runCache, pdfkit-stubs/plugin.mjs). Sharing must not leak
// anything from one document into the next: each PDF is byte for byte what a build of that journey
// alone writes, whatever was built before it in the same run (Inter and the fallback faces alike).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const WORLD = `title: 世界の旅 🌍
personas:
  - { id: mina, name: 미나 }
stages:
  - name: 発見
    touchpoints:
      - name: 顧客を次の段階へ
        thought: 这会按我预期的方式工作吗？
        emotion: 1
      - name: مرحبا بالعالم
        action: שלום עולם
        emotion: -1
`;

const example = (name: string): string => readFileSync(join(REPO_ROOT, 'examples', name), 'utf8');

// In this order on one thread: the B2B example reaches glyphs the grocery example reaches through
// other characters; a glyph shared between documents would carry the first document's characters
// into the next one's ToUnicode map (found so: grocery's '.' read back as nothing).
const JOURNEYS = ['a', 'b', 'c', 'd', 'e'] as const;

function project(): string {
  return tempProject({
    'maps/a.journey.yaml': VALID_JOURNEY,
    'maps/b.journey.yaml': WORLD,
    'maps/c.journey.yaml': example('b2b-onboarding.journey.yaml'),
    'maps/shared/personas.yaml': example('shared/personas.yaml'),
    'maps/shared/channels.yaml': example('shared/channels.yaml'),
    'maps/d.journey.yaml': example('first-grocery-order.journey.yaml'),
    'maps/e.journey.yaml': WORLD.replace('世界の旅', '二つ目の旅'),
  });
}

const pdf = (dir: string, out: string, name: string): Buffer => readFileSync(join(dir, out, 'maps', `${name}.pdf`));

describe('PDF fonts shared across the journeys of a run', () => {
  it('writes each PDF exactly as a build of that journey alone does, on the main thread and on workers', () => {
    const dir = project();
    const build = (args: string[]) => runCli(['build', ...args, '-f', 'pdf', '--no-cache', '-q'], { cwd: dir });
    for (const name of JOURNEYS) expect(build([`maps/${name}.journey.yaml`, '-o', `alone-${name}`]).status).toBe(0);
    expect(build(['maps', '-o', 'together', '--jobs', '1']).status).toBe(0);
    expect(build(['maps', '-o', 'workers', '--jobs', '2']).status).toBe(0);
    for (const name of JOURNEYS) {
      const alone = pdf(dir, `alone-${name}`, name);
      expect(alone.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf(dir, 'together', name).equals(alone), `${name}.pdf built after others on one thread`).toBe(true);
      expect(pdf(dir, 'workers', name).equals(alone), `${name}.pdf built on a worker`).toBe(true);
    }
    // The fallback faces are in the files that need them, and only there.
    expect(pdf(dir, 'together', 'b').toString('latin1')).toMatch(/Noto/);
    expect(pdf(dir, 'together', 'a').toString('latin1')).not.toMatch(/Noto/);
  });
});
