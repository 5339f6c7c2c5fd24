// buildParallel with a stand-in worker (no bundle needed): every journey is reported once, in input
// order, whatever order the workers finish in; and each worker is sent its next journey before it
// reports the one it builds, so it never waits for a round trip through the main thread; at the end
// each worker is asked to close, and exits by itself.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const { parentPort, threadId, workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const waiting = [];
let busy = false;
const next = () => {
  const item = waiting.shift();
  if (!item) return;
  busy = true;
  // Later journeys are quicker, so workers finish out of input order.
  setTimeout(() => {
    parentPort.postMessage({ index: item.index, build: { waitingWhenDone: waiting.length, thread: threadId, artifacts: [], diagnostics: [], inputs: [] } });
    busy = false;
    next();
  }, 40 - item.index);
};
parentPort.on('message', (item) => {
  // Asked to close once every journey is reported: nothing may be left to build.
  if (item.close) {
    writeFileSync(workerData.dir + '/closed-' + threadId, waiting.length === 0 && !busy ? 'empty' : 'busy');
    process.exit(0);
  }
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
    const reported: { index: number; waiting: number; thread: number }[] = [];
    await buildParallel(inputs, 2, { dir } as unknown as WorkerSetup, pathToFileURL(entry), (index, build: JourneyBuild) => {
      const seen = build as JourneyBuild & { waitingWhenDone: number; thread: number };
      reported.push({ index, waiting: seen.waitingWhenDone, thread: seen.thread });
    });
    expect(reported.map((r) => r.index)).toEqual(inputs.map((_, i) => i));
    // While a worker built each of its first journeys, its next one had arrived.
    expect(reported[0]?.waiting).toBe(1);
    expect(reported[1]?.waiting).toBe(1);
    // Nothing is sent beyond the inputs: the last journeys find nothing waiting.
    expect(reported.at(-1)?.waiting).toBe(0);
    // The first two journeys went to different workers (they report being the thread that built them).
    expect(new Set(reported.slice(0, 2).map((r) => r.thread)).size).toBe(2);
    // Each worker was asked to close once its journeys were done, and exits by itself (after the
    // run has returned: the main thread does not wait for it).
    const closedFiles = (): string[] => readdirSync(dir).filter((name) => name.startsWith('closed-'));
    for (let waited = 0; closedFiles().length < 2 && waited < 5000; waited += 20) await new Promise((done) => setTimeout(done, 20));
    const closed = closedFiles();
    expect(closed).toHaveLength(2);
    for (const name of closed) expect(readFileSync(join(dir, name), 'utf8')).toBe('empty');
  });

  it('builds on the main thread too: one of --jobs, taking its first journey in the first round', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jm-parallel-'));
    const entry = join(dir, 'stand-in.cjs');
    writeFileSync(entry, STAND_IN);
    const built = (n: number): InputFile[] => Array.from({ length: n }, (_, i) => ({ display: `j${i}.journey.yaml`, outputStem: `j${i}` }));
    for (const count of [2, 9]) {
      const onMain: number[] = [];
      const order: number[] = [];
      const inputs = built(count);
      await buildParallel(
        inputs,
        2,
        { dir } as unknown as WorkerSetup,
        pathToFileURL(entry),
        (index) => order.push(index),
        async (input) => {
          onMain.push(inputs.indexOf(input));
          return { artifacts: [], diagnostics: [], inputs: [] } as unknown as JourneyBuild;
        },
      );
      expect(order).toEqual(inputs.map((_, i) => i));
      // With two journeys, one each; with more, the main thread and the one worker both build.
      expect(onMain.length).toBeGreaterThanOrEqual(1);
      expect(onMain.length).toBeLessThan(count);
    }
  });

  it('stops at a failure: the main thread builds and reports nothing after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jm-parallel-'));
    const entry = join(dir, 'failing.cjs');
    // Fails the first journey it is sent, after a while.
    writeFileSync(
      entry,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (item) => {
  if (item.close) process.exit(0);
  setTimeout(() => parentPort.postMessage({ index: item.index, internalError: 'broken' }), 30);
});`,
    );
    const inputs: InputFile[] = Array.from({ length: 40 }, (_, i) => ({ display: `j${i}.journey.yaml`, outputStem: `j${i}` }));
    const events: string[] = [];
    const run = buildParallel(
      inputs,
      2,
      {} as WorkerSetup,
      pathToFileURL(entry),
      (index) => events.push(`reported ${index}`),
      async (input) => {
        events.push(`built ${input.display}`);
        await new Promise((done) => setTimeout(done, 5));
        return { artifacts: [], diagnostics: [], inputs: [] } as unknown as JourneyBuild;
      },
    );
    await expect(run).rejects.toThrow('broken');
    events.push('failed');
    const settled = events.length;
    await new Promise((done) => setTimeout(done, 100));
    // The main thread had built a few journeys meanwhile; none after the failure, nothing reported
    // past the worker's journey (index 0, never reported).
    expect(events.length).toBe(settled);
    expect(events.filter((e) => e.startsWith('built')).length).toBeLessThan(20);
    expect(events.some((e) => e.startsWith('reported'))).toBe(false);
  });
});
