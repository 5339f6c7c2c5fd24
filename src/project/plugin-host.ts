// Runs a plugin module on its own worker thread and gives the registry stand-in renderers that
// render there, each load and each render bounded by a timeout. A busy loop cannot be interrupted
// on the thread it runs on; a worker can be terminated. Built-in renderers never come here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JourneymapPlugin, Renderer } from '../render/renderer.js';
import type { JourneyView } from '../view/journey-view.js';
import type {
  PluginLoaded,
  PluginRenderRequest,
  PluginRenderResult,
  PluginWorkerSetup,
  RendererMeta,
  SentView,
} from './plugin-protocol.js';
import { errorText, PluginLoadError, type PluginLoadFailure, resolvePluginFile } from './plugins.js';

/** The bundled plugin worker entry beside cli.js (this code may sit in a chunk); undefined unbundled. */
export function pluginWorkerEntry(): URL | undefined {
  for (const candidate of ['./plugin-worker.js', '../plugin-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export interface IsolationOptions {
  /** How long loading the module, and each render, may take. */
  readonly timeoutMs: number;
  /** The project root: the worker reads images from it, as the main thread's asset store does. */
  readonly root: string;
  readonly entry: URL;
}

export interface IsolatedPlugin {
  readonly plugin: JourneymapPlugin;
  /** The module file loaded (absolute): an input of the run no output may overwrite. */
  readonly file: string;
  /** Stops the worker (a build run's end; idle workers never keep the process alive anyway). */
  close(): Promise<void>;
}

interface Pending {
  readonly resolve: (output: string | Uint8Array) => void;
  readonly reject: (error: Error) => void;
  readonly report: (d: PluginRenderResult['diagnostics'][number]) => void;
  readonly timer: NodeJS.Timeout;
}

const seconds = (ms: number): string => `${ms / 1000} s`;

/** The parts of a view that survive structured cloning (not, e.g., its number formatters). */
function sendableView(view: JourneyView): SentView {
  const sendable = Object.entries(view).filter(([, value]) => {
    try {
      structuredClone(value);
      return true;
    } catch {
      return false;
    }
  });
  return Object.fromEntries(sendable) as unknown as SentView;
}

/** Waits for the worker's first message: the module loaded (or why not), within the timeout. */
function awaitLoad(worker: Worker, specifier: string, timeoutMs: number): Promise<readonly RendererMeta[]> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const fail = (detail: string, reason: PluginLoadFailure = 'load-failed'): void => {
      done();
      void worker.terminate();
      reject(new PluginLoadError(specifier, reason, detail));
    };
    const onMessage = (loaded: PluginLoaded): void => {
      if (loaded.kind !== 'loaded') {
        fail(loaded.detail, loaded.reason);
        return;
      }
      done();
      resolve(loaded.renderers);
    };
    const onError = (error: Error): void => fail(errorText(error));
    // Node ends a thread whose top-level await can never settle (nothing left to wake it) with 13.
    const onExit = (code: number): void =>
      fail(code === 13 ? 'its top-level await never settled' : `its module ended the thread (exit code ${code}) while loading`);
    const timer = setTimeout(
      () => fail(`its module did not finish loading within ${seconds(timeoutMs)} (--render-timeout); it was stopped`),
      timeoutMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

export async function loadPluginIsolated(specifier: string, fromDir: string, options: IsolationOptions): Promise<IsolatedPlugin> {
  const setup: PluginWorkerSetup = { file: resolvePluginFile(specifier, fromDir), specifier, root: options.root };
  // The plugin's console output goes to stderr: stdout may carry an artifact (-o -).
  const worker = new Worker(options.entry, { workerData: setup, stdout: true, stderr: true });
  worker.stdout.pipe(process.stderr);
  worker.stderr.pipe(process.stderr);
  // Never keeps the process alive by itself: a pending render's timer does, until it settles.
  // Node 20 refs a worker again when a message arrives, hence unref after each one too.
  worker.unref();
  const metas = await awaitLoad(worker, specifier, options.timeoutMs);
  worker.unref();

  const pending = new Map<number, Pending>();
  let nextId = 0;
  let stopped: string | undefined;
  /** Fails every pending render with `reason`, and every later one without asking the plugin. */
  const stop = (reason: string): void => {
    if (stopped === undefined) stopped = reason;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(new Error(`${reason}; it was stopped`));
    }
    void worker.terminate();
  };
  worker.on('message', (result: PluginRenderResult) => {
    worker.unref();
    const p = pending.get(result.id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(result.id);
    for (const d of result.diagnostics) p.report(d);
    if ('output' in result) p.resolve(result.output);
    else p.reject(new Error(result.failure));
  });
  worker.on('error', (error) => stop(`plugin "${specifier}" crashed: ${errorText(error)}`));
  worker.on('exit', (code) => stop(`plugin "${specifier}" ended its thread (exit code ${code})`));
  // close() and stop() terminate the worker: its exit then finds `stopped` set and nothing pending.

  const proxy = (meta: RendererMeta): Renderer => ({
    ...meta,
    render(scene, context) {
      if (stopped !== undefined) {
        return Promise.reject(new Error(`${stopped}; it was stopped then and not asked to render this journey`));
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            stop(
              `plugin "${specifier}" did not finish rendering ${context.journey.file} within ${seconds(options.timeoutMs)} (--render-timeout)`,
            ),
          options.timeoutMs,
        );
        pending.set(id, { resolve, reject, report: (d) => context.report(d), timer });
        const request: PluginRenderRequest = {
          id,
          format: meta.format,
          scene,
          view: sendableView(context.view),
          epoch: context.epoch,
          options: context.options,
        };
        try {
          worker.postMessage(request);
        } catch (error) {
          clearTimeout(timer);
          pending.delete(id);
          reject(new Error(`plugin "${specifier}" could not be handed the journey: ${errorText(error)}`));
        }
      });
    },
  });
  return {
    plugin: { apiVersion: 1, renderers: metas.map(proxy) },
    file: setup.file,
    close: async () => {
      stopped ??= `plugin "${specifier}" was closed at the end of the run`;
      await worker.terminate();
    },
  };
}
