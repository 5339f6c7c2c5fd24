// `journeymap build`: compile every input, render each requested format, then write the files
// (or print the single artifact for -o -, or compare them for --check). A journey with errors
// writes nothing and keeps its previous outputs; the other journeys still build.
// --jobs spreads journeys over worker threads; --watch/--serve live in their own lazy modules.
import { resolve } from 'node:path';
import { type Diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { findOutputCollisions, outputPath } from '../../project/output-paths.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { resolveTheme } from '../../project/resolve-theme.js';
import { type BuildOneContext, buildOne, type JourneyBuild } from '../build-one.js';
import type { WorkerSetup } from '../build-worker-protocol.js';
import { type EmitResult, emitOutputs, type PlannedOutput } from '../emit-outputs.js';
import type { CliIo } from '../io.js';
import { jobCount, parseJobs } from '../jobs.js';
import { renderOptions, sourceDateEpoch } from '../render-options.js';
import { buildRegistry, DEFAULT_FORMATS, type PluginSources, selectRenderers, splitList } from '../select-renderers.js';
import { openSession, reportAll, type Session, sessionInputs } from '../session.js';
import { shownPath } from '../shown-path.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError } from '../usage-error.js';
import type { BuildFlags } from './flags.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function outDirOf(session: Session, flags: BuildFlags): string {
  if (flags.out !== undefined) return resolve(session.io.cwd, flags.out);
  if (session.config.outDir !== undefined) return resolve(session.root, session.config.outDir);
  return resolve(session.io.cwd, 'out');
}

/** Everything a run decided before compiling: renderers, theme, inputs, output folder. */
export interface BuildPlan {
  readonly session: Session;
  readonly context: BuildOneContext;
  readonly setup: WorkerSetup;
  readonly inputs: readonly InputFile[];
  readonly outDir: string;
  readonly toStdout: boolean;
}

/** Opens the session and checks the invocation; undefined when the config file has errors. */
export async function planBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<BuildPlan | undefined> {
  const toStdout = flags.out === '-';
  const opened = await openSession(io, { flags, stdoutTaken: toStdout });
  if (!opened.session) return undefined;
  const session = opened.session;
  const plugins: PluginSources = {
    configPlugins: session.config.plugins ?? [],
    configPath: session.configPath,
    cliPlugins: flags.plugin,
    cwd: io.cwd,
  };
  const formats = flags.format !== undefined ? splitList(flags.format) : (session.config.formats ?? DEFAULT_FORMATS);
  const renderers = selectRenderers(await buildRegistry(plugins), formats);
  const themeResult = await resolveTheme(
    flags.theme ?? session.config.theme,
    flags.theme !== undefined || !session.configPath ? io.cwd : session.root,
    session.root,
  );
  if (!themeResult.theme) throw new UsageError(themeResult.error);
  const inputs = await sessionInputs(session, paths);
  if (toStdout && (renderers.length !== 1 || inputs.length !== 1)) {
    throw new UsageError('-o - writes one file to standard output: give exactly one journey and one --format');
  }
  if (!toStdout) {
    const collisions = findOutputCollisions(inputs);
    if (collisions.length > 0) throw new UsageError(collisions.join('\n'));
  }
  const base = { theme: themeResult.theme, epoch: sourceDateEpoch(io.env), options: renderOptions(flags) };
  const context: BuildOneContext = { host: session.host, renderers, base, persona: flags.persona, io };
  const setup: WorkerSetup = { root: session.root, plugins, formats, ...base, persona: flags.persona };
  return { session, context, setup, inputs, outDir: outDirOf(session, flags), toStdout };
}

/** What one run did; the watch loop prints it as a status line. */
export interface BuildOutcome {
  readonly emitted: EmitResult;
  readonly diagnostics: readonly Diagnostic[];
  readonly outputCount: number;
  readonly journeys: number;
  readonly outDir: string;
}

/** Builds every input (on workers when worth it), writing each journey's outputs in input order. */
export async function executeBuild(plan: BuildPlan, flags: BuildFlags, jobs: number | undefined): Promise<BuildOutcome> {
  const { session, inputs, outDir } = plan;
  const diagnostics: Diagnostic[] = [];
  const emitted: EmitResult = { written: [], stale: [], failures: [] };
  let outputCount = 0;
  const accept = (input: InputFile, build: JourneyBuild): void => {
    if (build.source) session.texts.set(build.source.path, build.source.text);
    diagnostics.push(...build.diagnostics);
    if (build.artifacts.length === 0) return;
    if (plan.toStdout) {
      for (const artifact of build.artifacts) session.io.writeOut(artifact.bytes);
      return;
    }
    const planned: PlannedOutput[] = build.artifacts.map((artifact) => ({
      path: outputPath(outDir, input, artifact.extension, flags.persona),
      artifact,
    }));
    // Written journey by journey, so a large batch never holds every artifact in memory.
    const result = emitOutputs(planned, flags.check, session.io.cwd);
    emitted.written.push(...result.written);
    emitted.stale.push(...result.stale);
    emitted.failures.push(...result.failures);
    outputCount += planned.length;
  };

  // Standard input can only be read on the main thread; -o - has one input anyway.
  const count = inputs.some((i) => i.absolute === undefined) ? 1 : jobCount(jobs, { journeys: inputs.length, formats: plan.setup.formats });
  const parallel = count > 1 ? await import('../build-parallel.js') : undefined;
  const entry = parallel?.workerEntry();
  if (parallel && entry) {
    if (flags.verbose) session.io.writeErr(`building on ${count} worker threads\n`);
    await parallel.buildParallel(inputs, count, plan.setup, entry, (index, build) => accept(inputs[index] as InputFile, build));
  } else {
    for (const input of inputs) accept(input, await buildOne(input, plan.context));
  }
  return { emitted, diagnostics, outputCount, journeys: inputs.length, outDir };
}

export async function runBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<number> {
  if (flags.watch || flags.serve !== undefined) {
    if (flags.out === '-' || flags.check) throw new UsageError('--watch and --serve cannot be combined with -o - or --check');
    return (await import('../watch/watch-build.js')).watchBuild(paths, flags, io);
  }
  const jobs = parseJobs(flags.jobs);
  const plan = await planBuild(paths, flags, io);
  if (!plan) return EXIT_ERRORS;
  const outcome = await executeBuild(plan, flags, jobs);
  reportAll(plan.session, outcome.diagnostics, outcome.journeys);
  if (plan.toStdout) return hasErrors(outcome.diagnostics) ? EXIT_ERRORS : EXIT_OK;
  return finishBuild(plan.session, flags, outcome);
}

/** Reports --check findings and write failures, prints the one-line summary, picks the exit code. */
function finishBuild(session: Session, flags: BuildFlags, outcome: BuildOutcome): number {
  const { io } = session;
  const { emitted } = outcome;
  session.reporter.staleOutputs(emitted.stale);
  if (flags.verbose) for (const path of emitted.written) io.writeErr(`wrote ${path}\n`);
  for (const failure of emitted.failures) io.writeErr(`journeymap: error: ${failure}\n`);
  if (emitted.failures.length > 0) return EXIT_USAGE;
  const failed = hasErrors(outcome.diagnostics) || emitted.stale.length > 0;
  if (!failed && !flags.quiet && flags.reporter === 'pretty') {
    const files = plural(outcome.outputCount, 'file');
    const done = flags.check ? `${files} up to date in ${shownPath(io.cwd, outcome.outDir)}` : `wrote ${files} to ${shownPath(io.cwd, outcome.outDir)}`;
    io.writeErr(`${done} for ${plural(outcome.journeys, 'journey')}\n`);
  }
  return failed ? EXIT_ERRORS : EXIT_OK;
}
