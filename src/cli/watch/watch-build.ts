// `build --watch [--serve [port]]`: builds, then rebuilds the journeys a change touches (chokidar
// events, debounced, one build at a time, errors reported and survived), printing one status line
// per build; with --serve, a live-reloading preview. Stops cleanly on Ctrl-C with exit code 0.
import { relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findProjectRoot } from '../../project/project-root.js';
import { say, sayCount, wordsFor } from '../../words/say.js';
import { parseJobs } from '../build/jobs.js';
import type { BuildFlags } from '../commands/flags.js';
import type { CliIo } from '../io.js';
import { countSeverities } from '../reporters/sort-diagnostics.js';
import { reportAll } from '../session.js';
import { shownPath } from '../shown-path.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { type PreviewServer, parsePort, startPreviewServer } from './preview-server.js';
import { createRebuilder } from './watch-rebuild.js';
import { createSiteKeeper } from './watch-site.js';
import { type TreeEvent, watchTree } from './watch-tree.js';

/** Quiet time that ends a burst of events (an editor's save is one to three within a few ms). */
export const DEBOUNCE_MS = 10;

/** Files a build reads: journeys (and Markdown with journey fences), libraries, config and themes, images, renderer plugins. */
const INPUT_FILE = /\.(ya?ml|json|png|jpe?g|svg|m?js|md)$/i;

/**
 * Changes that must not trigger a build: outputs, dot-files (temporaries, .git), dependencies,
 * and files no build reads (a log written into the project would otherwise rebuild forever).
 */
function ignored(root: string, outDir: string | undefined, path: string, isFile: boolean | undefined): boolean {
  if (outDir !== undefined && (path === outDir || path.startsWith(`${outDir}${sep}`))) return true;
  const parts = relative(root, path).split(sep);
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) return true;
  // Folders (and paths not known to be files yet) are watched whatever their names.
  const name = parts[parts.length - 1] ?? '';
  return isFile === true && !INPUT_FILE.test(name);
}

export async function watchBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<number> {
  const jobs = parseJobs(flags.jobs);
  const port = parsePort(flags.serve);
  const { root } = findProjectRoot(io.cwd);
  const words = wordsFor();
  const status = (line: string): void => {
    if (!flags.quiet) io.writeErr(`${line}\n`);
  };
  let outDir: string | undefined;
  let server: PreviewServer | undefined;
  const rebuilder = createRebuilder(paths, flags, io, jobs);
  const site = createSiteKeeper(flags, io.cwd);

  const buildOnce = async (changes?: readonly TreeEvent[]): Promise<void> => {
    const started = performance.now();
    const time = () => `${Math.round(performance.now() - started)} ms`;
    try {
      const plan = await rebuilder.plan(changes);
      if (!plan) return status(say(words, 'cli.watch.configErrors', { time: time() }));
      outDir = plan.outDir;
      // With --site, the index and views are written again after every rebuild.
      const outcome = await site.write(plan, await rebuilder.execute(plan));
      reportAll(plan.session, [...(plan.themeWarnings ?? []), ...outcome.diagnostics], outcome.journeys);
      for (const failure of outcome.emitted.failures) io.writeErr(`journeymap: error: ${failure}\n`);
      const { errors, warnings } = countSeverities(outcome.diagnostics);
      const problems =
        errors + warnings > 0
          ? say(words, 'cli.watch.problems', {
              errors: sayCount(words, 'cli.errors', errors),
              warnings: sayCount(words, 'cli.warnings', warnings),
            })
          : '';
      status(
        say(words, 'cli.watch.built', {
          journeys: sayCount(words, 'cli.journeys', outcome.journeys),
          files: sayCount(words, 'cli.files', outcome.emitted.written.length),
          dir: shownPath(io.cwd, plan.outDir),
          problems,
          time: time(),
        }),
      );
      if (outcome.emitted.written.length > 0 || rebuilder.journeysChanged()) server?.reload();
    } catch (error) {
      // Keep watching whatever went wrong: the next save may fix it.
      const message = error instanceof Error ? error.message : String(error);
      const kind = error instanceof UsageError ? 'error' : 'internal error';
      io.writeErr(`journeymap: ${kind}: ${message}\n`);
      if (flags.verbose && !(error instanceof UsageError) && error instanceof Error && error.stack) io.writeErr(`${error.stack}\n`);
      status(`[watch] build failed (${time()}); waiting for changes`);
    }
  };

  // The port first: a busy port is a usage error before any time is spent building.
  if (port !== undefined)
    server = await startPreviewServer(
      port,
      () => outDir ?? root,
      () => rebuilder.listedOutputs(),
    );
  await buildOnce();
  if (server) status(`[watch] serving ${shownPath(io.cwd, outDir ?? root)} at ${server.url}`);

  // Changes since the last build started: each build takes them all, one build per burst.
  let pending: TreeEvent[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): void => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    const changes = pending;
    pending = [];
    running = buildOnce(changes).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      }
    });
  };
  const watcher = await watchTree(root, {
    ignored: (path, isFile) => ignored(root, outDir, path, isFile),
    onEvent: (event) => {
      pending.push(event);
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    },
    onError: (error) => io.writeErr(`journeymap: error: watching: ${error.message}\n`),
  });
  status(`[watch] watching ${shownPath(io.cwd, root)} for changes (Ctrl-C to stop)`);

  return new Promise<number>((resolveDone) => {
    const stop = async (): Promise<void> => {
      unsubscribe?.();
      await watcher.close();
      if (timer) clearTimeout(timer);
      await running;
      await server?.close();
      status('[watch] stopped');
      resolveDone(EXIT_OK);
    };
    const unsubscribe = io.onInterrupt?.(() => void stop());
  });
}
