// `build --jobs`: runs journeys on worker threads from a shared queue (so a slow journey does not
// hold up a fixed share), and hands results back in input order, which keeps writing and
// reporting identical to a sequential run. Each worker has the next journey waiting while it builds
// one (IN_FLIGHT): otherwise it idled for every round trip through the main thread, which may be
// busy writing another journey's outputs (about 7% of a 200-journey build).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../../project/resolve-inputs.js';
import { UsageError } from '../usage-error.js';
import type { JourneyBuild } from './build-one.js';
import type { WorkerMessage, WorkerSetup, WorkItem, WorkResult } from './build-worker-protocol.js';

/**
 * The bundled worker entry, next to cli.cjs or one folder up from the library's chunks:
 * build-worker-launch.cjs, which runs build-worker.cjs from V8's code cache like the CLI (compiling
 * the worker's bundle and the PDF renderer's had been most of a worker's start), or build-worker.cjs
 * itself. Undefined when running unbundled (tests of the sources): build sequentially.
 */
export function workerEntry(): URL | undefined {
  for (const name of ['build-worker-launch.cjs', 'build-worker.cjs']) {
    for (const folder of ['./', '../']) {
      const url = new URL(folder + name, import.meta.url);
      if (existsSync(fileURLToPath(url))) return url;
    }
  }
  return undefined;
}

/** Journeys sent to a worker and not yet reported: the one it builds and the one waiting. */
const IN_FLIGHT = 2;

export async function buildParallel(
  inputs: readonly InputFile[],
  jobs: number,
  setup: WorkerSetup,
  entry: URL,
  onResult: (index: number, build: JourneyBuild) => void,
): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new Worker(entry, { workerData: setup }));
  const ready = new Map<number, JourneyBuild>();
  let nextToSend = 0;
  let nextToReport = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker): void => {
        if (nextToSend >= inputs.length) return;
        const index = nextToSend++;
        worker.postMessage({ index, input: inputs[index] as InputFile } satisfies WorkItem);
      };
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (nextToReport < inputs.length) reject(new Error(`a build worker stopped with code ${code}`));
        });
        worker.on('message', (result: WorkResult) => {
          if ('usageError' in result) return reject(new UsageError(result.usageError));
          if ('internalError' in result) {
            const error = new Error(result.internalError);
            if (result.stack) error.stack = result.stack;
            return reject(error);
          }
          ready.set(result.index, result.build);
          send(worker);
          // Report strictly in input order, holding back results that arrive early.
          for (let build = ready.get(nextToReport); build; build = ready.get(nextToReport)) {
            ready.delete(nextToReport);
            onResult(nextToReport++, build);
          }
          if (nextToReport === inputs.length) resolve();
        });
      }
      // Round by round: with fewer journeys than places, every worker still gets one.
      for (let round = 0; round < IN_FLIGHT; round++) for (const worker of workers) send(worker);
    });
    // Every journey is in: each worker is asked to close, so it exits as a process does (a
    // training build's worker writes its code cache then: launch/load-bundle.ts).
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.postMessage({ close: true } satisfies WorkerMessage);
          }),
      ),
    );
  } finally {
    // A run that stops early (a usage or internal error) stops its workers where they are.
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
