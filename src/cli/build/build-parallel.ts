// `build --jobs n`: runs journeys on n threads, the main thread and n - 1 workers, from a shared
// queue (so a slow journey does not hold up a fixed share), and hands results back in input order,
// which keeps writing and reporting identical to a sequential run. The main thread builds too: it
// has the compiler loaded already, and one isolate fewer starts, compiles and warms up (on two
// cores, a 200-journey build took 5% less CPU than on two workers). Each worker has its next
// journey waiting while it builds one (IN_FLIGHT): otherwise it idled for every round trip through
// the main thread, which is busy building or writing in between.
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
  /** Builds a journey on the main thread, which then takes its share of the queue (one of `jobs`). */
  onMainThread?: (input: InputFile) => Promise<JourneyBuild>,
): Promise<void> {
  const workerCount = onMainThread ? jobs - 1 : jobs;
  const workers = Array.from({ length: workerCount }, () => new Worker(entry, { workerData: setup }));
  const ready = new Map<number, JourneyBuild>();
  let nextToSend = 0;
  let nextToReport = 0;
  let closing = false;
  try {
    await new Promise<void>((resolve, rejectRun) => {
      // Once the run has failed, nothing more is sent, built or reported (so nothing more is staged).
      let stopped = false;
      const reject = (error: unknown): void => {
        stopped = true;
        rejectRun(error);
      };
      /** The next journey's index for whichever thread asks, or undefined when none is left. */
      const take = (): number | undefined => (stopped || nextToSend >= inputs.length ? undefined : nextToSend++);
      const send = (worker: Worker): void => {
        const index = take();
        if (index !== undefined) worker.postMessage({ index, input: inputs[index] as InputFile } satisfies WorkItem);
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
          send(worker);
          arrived(result.index, result.build);
        });
      }
      const arrived = (index: number, build: JourneyBuild): void => {
        if (stopped) return;
        ready.set(index, build);
        // Report strictly in input order, holding back results that arrive early.
        for (let held = ready.get(nextToReport); held; held = ready.get(nextToReport)) {
          ready.delete(nextToReport);
          onResult(nextToReport++, held);
        }
        if (nextToReport === inputs.length) resolve();
      };
      // Round by round: with fewer journeys than places, every thread still gets one (the main
      // thread takes its first synchronously, before the workers' second round).
      for (const worker of workers) send(worker);
      if (onMainThread) {
        void (async () => {
          for (let index = take(); index !== undefined; index = take()) {
            arrived(index, await onMainThread(inputs[index] as InputFile));
            // Between two of its own journeys the main thread takes in the workers' results (and
            // sends each its next journey).
            await new Promise((next) => setImmediate(next));
          }
        })().catch(reject);
      }
      for (let round = 1; round < IN_FLIGHT; round++) for (const worker of workers) send(worker);
    });
    // Every journey is in: each worker is asked to close and exits as a process does (a training
    // build's worker writes its code cache then: launch/load-bundle.ts), while the main thread goes
    // on to commit the run; the process waits for them before it ends.
    for (const worker of workers) worker.postMessage({ close: true } satisfies WorkerMessage);
    closing = true;
  } finally {
    // A run that stops early (a usage or internal error) stops its workers where they are.
    if (!closing) await Promise.all(workers.map((w) => w.terminate()));
  }
}
