// Entry point of a `build --jobs` worker thread (bundled to dist/build-worker.cjs, started by
// dist/build-worker-launch.cjs from its code cache): rebuilds the
// renderers from the setup, then compiles and renders each journey it is sent, posting the
// artifacts and diagnostics back. Writes nothing: the main thread writes, in input order.
import { parentPort, workerData } from 'node:worker_threads';
import { createLinkedLoads } from '../../model/linked-loads.js';
import { createFsHost } from '../../project/fs-host.js';
import { UsageError } from '../usage-error.js';
import { type BuildOneContext, buildOne } from './build-one.js';
import type { WorkerMessage, WorkerSetup, WorkItem, WorkResult } from './build-worker-protocol.js';
import { buildRegistry, selectRenderers } from './select-renderers.js';

async function prepare(setup: WorkerSetup): Promise<BuildOneContext> {
  // The plugins' own workers end with this one (build-parallel terminates it): nothing to close.
  const isolation = { timeoutMs: setup.renderTimeoutMs, root: setup.root, closers: [] };
  const renderers = selectRenderers(await buildRegistry(setup.plugins, isolation), setup.formats);
  return {
    host: createFsHost(setup.root),
    renderers,
    // A worker lives for one build run: what renderers make once (parsed fonts) serves all its journeys.
    base: { theme: setup.theme, epoch: setup.epoch, options: setup.options, runCache: new Map() },
    persona: setup.persona,
    site: setup.site,
    ...(setup.language ? { language: setup.language } : {}),
    // A worker lives for one build run: its linked journeys load once in it.
    links: createLinkedLoads(),
    // Standard input is never handed to a worker (the main thread builds it sequentially).
    io: { readStdin: () => Promise.reject(new Error('a build worker cannot read standard input')) },
  };
}

async function handle(item: WorkItem, context: Promise<BuildOneContext>): Promise<WorkResult> {
  try {
    return { index: item.index, build: await buildOne(item.input, await context) };
  } catch (error) {
    if (error instanceof UsageError) return { index: item.index, usageError: error.message };
    const err = error instanceof Error ? error : new Error(String(error));
    return { index: item.index, internalError: err.message, stack: err.stack };
  }
}

const port = parentPort;
if (port) {
  const context = prepare(workerData as WorkerSetup);
  // A rejected setup is reported with the first item; keep it from being "unhandled" meanwhile.
  context.catch(() => undefined);
  // Journeys arrive ahead of time (build-parallel.ts IN_FLIGHT) and are built one after another:
  // a worker's linked loads, fonts and caches are never shared by two journeys at once.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: WorkerMessage) => {
    if ('close' in message) {
      // Exits as a process would, after the journeys it has: 'exit' handlers run (terminate() skips them).
      queue = queue.then(() => process.exit(0));
      return;
    }
    queue = queue.then(() => handle(message, context).then((result) => port.postMessage(result)));
  });
}
