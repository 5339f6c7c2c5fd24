// `build --watch [--serve [port]]`: builds, then rebuilds whenever a file of the project changes
// (debounced, one build at a time, errors reported and survived), printing one status line per
// build; with --serve, a live-reloading preview. Stops cleanly on Ctrl-C with exit code 0.
import { relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countSeverities } from '../reporters/sort-diagnostics.js';
import { findProjectRoot } from '../../project/project-root.js';
import { executeBuild } from '../build/execute-build.js';
import { planBuild } from '../build/plan-build.js';
import { shownPath } from '../shown-path.js';
import type { BuildFlags } from '../commands/flags.js';
import type { CliIo } from '../io.js';
import { parseJobs } from '../build/jobs.js';
import { reportAll } from '../session.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { parsePort, type PreviewServer, startPreviewServer } from './preview-server.js';
import { watchTree } from './watch-tree.js';
import { say, sayCount, wordsFor } from '../../words/say.js';

export const DEBOUNCE_MS = 100;


/** Files a build reads: journeys, libraries, config and themes, images, renderer plugins. */
const INPUT_FILE = /\.(ya?ml|json|png|jpe?g|svg|m?js)$/i;

/**
 * Changes that must not trigger a build: outputs, dot-files (temporaries, .git), dependencies,
 * and files no build reads (a log written into the project would otherwise rebuild forever).
 */
function ignored(root: string, outDir: string | undefined, path: string): boolean {
  if (outDir !== undefined && (path === outDir || path.startsWith(`${outDir}${sep}`))) return true;
  const parts = relative(root, path).split(sep);
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) return true;
  // A folder event (a rename or delete of a whole folder) has no extension: rebuild to be safe.
  const name = parts[parts.length - 1] ?? '';
  return name.includes('.') && !INPUT_FILE.test(name);
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

  const buildOnce = async (): Promise<void> => {
    const started = performance.now();
    const time = () => `${Math.round(performance.now() - started)} ms`;
    try {
      const plan = await planBuild(paths, flags, io);
      if (!plan) return status(say(words, 'cli.watch.configErrors', { time: time() }));
      outDir = plan.outDir;
      const outcome = await executeBuild(plan, flags, jobs);
      reportAll(plan.session, outcome.diagnostics, outcome.journeys);
      for (const failure of outcome.emitted.failures) io.writeErr(`journeymap: error: ${failure}\n`);
      const { errors, warnings } = countSeverities(outcome.diagnostics);
      const problems =
        errors + warnings > 0 ? say(words, 'cli.watch.problems', { errors: sayCount(words, 'cli.errors', errors), warnings: sayCount(words, 'cli.warnings', warnings) }) : '';
      status(
        say(words, 'cli.watch.built', {
          journeys: sayCount(words, 'cli.journeys', outcome.journeys),
          files: sayCount(words, 'cli.files', outcome.emitted.written.length),
          dir: shownPath(io.cwd, plan.outDir),
          problems,
          time: time(),
        }),
      );
      if (outcome.emitted.written.length > 0) server?.reload();
    } catch (error) {
      // Keep watching whatever went wrong: the next save may fix it.
      const message = error instanceof Error ? error.message : String(error);
      const kind = error instanceof UsageError ? 'error' : 'internal error';
      io.writeErr(`journeymap: ${kind}: ${message}\n`);
      if (flags.verbose && !(error instanceof UsageError) && error instanceof Error && error.stack) io.writeErr(`${error.stack}\n`);
      status(`[watch] build failed (${time()}); waiting for changes`);
    }
  };

  await buildOnce();
  if (port !== undefined) {
    server = await startPreviewServer(port, () => outDir ?? root);
    status(`[watch] serving ${shownPath(io.cwd, outDir ?? root)} at ${server.url}`);
  }
  status(`[watch] watching ${shownPath(io.cwd, root)} for changes (Ctrl-C to stop)`);

  return new Promise<number>((resolveDone) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | undefined;
    let again = false;
    const run = (): void => {
      timer = undefined;
      if (running) {
        again = true;
        return;
      }
      running = buildOnce().finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
    };
    const watcher = watchTree(root, (path) => {
      if (ignored(root, outDir, path)) return;
      // Editors save in bursts (temp file, rename, chmod): one build per burst.
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    const stop = async (): Promise<void> => {
      unsubscribe?.();
      watcher.close();
      if (timer) clearTimeout(timer);
      await running;
      await server?.close();
      status('[watch] stopped');
      resolveDone(EXIT_OK);
    };
    const unsubscribe = io.onInterrupt?.(() => void stop());
  });
}
