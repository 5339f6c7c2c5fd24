// buildParallel with a stand-in worker (no bundle needed): every journey is reported once, in input
// order, whatever order the workers finish in; and each worker is sent its next journey before it
// reports the one it builds, so it never waits for a round trip through the main thread.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../project/resolve-inputs.js';
import type { JourneyBuild } from './build-one.js';
import { buildParallel } from './build-parallel.js';
import type { WorkerSetup } from './build-worker-protocol.js';

// Builds one item at a time; each result says how many items were already waiting when it ended.
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
const waiting = [];
let busy = false;
const next = () => {
  const item = waiting.shift();
  if (!item) return;
  busy = true;
  // Later journeys are quicker, so workers finish out of input order.
  setTimeout(() => {
    parentPort.postMessage({ index: item.index, build: { waitingWhenDone: waiting.length, artifacts: [], diagnostics: [], inputs: [] } });
    busy = false;
    next();
  }, 40 - item.index);
};
parentPort.on('message', (item) => {
  waiting.push(item);
  if (!busy) next();
});
`;

describe('buildParallel', () => {
  it('reports every journey in input order, each worker with its next journey already sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jm-parallel-'));
    const entry = join(dir, 'stand-in.cjs');
    writeFileSync(entry, STAND_IN);
    const inputs: InputFile[] = Array.from({ length: 12 }, (_, i) => ({ display: `j${i}.journey.yaml`, outputStem: `j${i}` }));
    const reported: { index: number; waiting: number }[] = [];
    await buildParallel(inputs, 2, {} as WorkerSetup, pathToFileURL(entry), (index, build: JourneyBuild) => {
      reported.push({ index, waiting: (build as JourneyBuild & { waitingWhenDone: number }).waitingWhenDone });
    });
    expect(reported.map((r) => r.index)).toEqual(inputs.map((_, i) => i));
    // While a worker built each of its first journeys, its next one had arrived.
    expect(reported[0]?.waiting).toBe(1);
    expect(reported[1]?.waiting).toBe(1);
    // Nothing is sent beyond the inputs: the last journeys find nothing waiting.
    expect(reported.at(-1)?.waiting).toBe(0);
  });
});
