// recordCache and lookupCache on files in a temporary root: a journey is recorded with the hashes
// of what it read and wrote and found again; one whose input changed after the run began (its
// outputs may be of the earlier content) is not recorded at all, so the next run builds it again.
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../project/content-hash.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { type BuildCache, lookupCache, recordCache } from './build-cache.js';

function project(): { root: string; input: InputFile; output: { path: string; hash: string; size: number } } {
  const root = mkdtempSync(join(tmpdir(), 'jm-build-cache-'));
  mkdirSync(join(root, 'maps'));
  mkdirSync(join(root, 'out'));
  writeFileSync(join(root, 'maps/a.journey.yaml'), 'title: A\n');
  const svg = '<svg/>';
  writeFileSync(join(root, 'out/a.svg'), svg);
  const input: InputFile = { absolute: join(root, 'maps/a.journey.yaml'), display: 'maps/a.journey.yaml', outputStem: 'maps/a' };
  return { root, input, output: { path: join(root, 'out/a.svg'), hash: contentHash(svg), size: svg.length } };
}

const cacheOf = (root: string, openedAt: number): BuildCache => ({ dir: join(root, 'cache'), root, runKey: 'run', openedAt });

describe('build cache entries', () => {
  it('records a journey built from inputs that did not change during the run, and finds it again', () => {
    const { root, input, output } = project();
    const cache = cacheOf(root, Date.now() + 1000);
    recordCache(cache, input, join(root, 'out'), { reads: [], outputs: [output], diagnostics: [] });
    expect(readdirSync(cache.dir)).toHaveLength(1);
    expect(lookupCache(cache, input, join(root, 'out'))?.reads.map(([path, hash]) => [path, hash])).toEqual([
      ['maps/a.journey.yaml', contentHash('title: A\n')],
    ]);
    writeFileSync(join(root, 'maps/a.journey.yaml'), 'title: B\n');
    expect(lookupCache(cache, input, join(root, 'out'))).toBeUndefined();
  });

  it('records nothing when an input changed after the run began', () => {
    const { root, input, output } = project();
    const cache = cacheOf(root, statSync(join(root, 'maps/a.journey.yaml')).ctimeMs - 1);
    recordCache(cache, input, join(root, 'out'), { reads: [], outputs: [output], diagnostics: [] });
    expect(() => readdirSync(cache.dir)).toThrow();
    expect(lookupCache(cache, input, join(root, 'out'))).toBeUndefined();
  });
});
