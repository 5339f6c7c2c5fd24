// Runs a planned build: every input through the pipeline (on worker threads when worth it), each
// journey's outputs written (or compared for --check) in input order as its result arrives.
// A --persona view skips the journeys without that persona; it is an error only when none has it.
import { resolve } from 'node:path';
import { type Diagnostic, diagnosticKey } from '../../diagnostics/diagnostic.js';
import { findClobbers, inputsAmongOutputs, type NamedPath } from '../../project/output-clobbers.js';
import { outputPath } from '../../project/output-paths.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import type { SiteJourney } from '../../site/site-journey.js';
import { sayCount, wordsFor } from '../../words/say.js';
import type { BuildFlags } from '../commands/flags.js';
import { shownPath } from '../shown-path.js';
import { type CacheEntry, lookupCache, recordCache } from './build-cache.js';
import type { JourneyBuild } from './build-one.js';
import { type EmitResult, emitOutputs, type PlannedOutput, startOutputRun } from './emit-outputs.js';
import { jobCount } from './jobs.js';
import { type BuiltFence, emitMarkdownOutputs } from './markdown-outputs.js';
import type { BuildPlan } from './plan-build.js';
import { NO_PROGRESS, type Progress, startProgress, wantsProgress } from './progress.js';
import { sitePageKey } from './site-page-key.js';

/** What one run did; the watch loop prints it as a status line. */
export interface BuildOutcome {
  readonly emitted: EmitResult;
  readonly diagnostics: readonly Diagnostic[];
  readonly outputCount: number;
  readonly journeys: number;
  readonly outDir: string;
  /** Journeys skipped because they lack the --persona persona (shown paths). */
  readonly skipped: readonly string[];
  /** Every file each journey read (JourneyBuild.inputs), by the journey's root-relative path: --watch's dependencies. */
  readonly reads: ReadonlyMap<string, readonly string[]>;
  /** build --site: the journeys built without errors, in input order, with their map pages. */
  readonly summaries: readonly SiteJourney[];
  /** Journeys skipped because the cache found their inputs and outputs unchanged. */
  readonly unchanged: number;
  /** The outputs of those journeys (counted in outputCount too). */
  readonly unchangedOutputs: number;
}

/** The error for a journey without the --persona persona, reported when no journey has it. */
function personaAbsentError(
  unknownPersonaHint: (id: string, ids: readonly string[]) => string,
  persona: string,
  file: string,
  ids: readonly string[],
): Diagnostic {
  return {
    code: 'unknown-persona',
    severity: 'error',
    message: `persona "${persona}" (from --persona) is not defined in this journey`,
    file,
    hint: unknownPersonaHint(persona, ids),
  };
}

/**
 * Imports and images are known only once a journey compiled: none may be one of its own outputs
 * (compared by inode too) or any output the run plans. Such a journey writes nothing; the others
 * still build (as a journey with errors does), and the run exits 2.
 */
function clobbersOf(plan: BuildPlan, input: InputFile, read: readonly string[], planned: readonly PlannedOutput[]): string[] {
  const { root, io } = plan.session;
  const inputs: NamedPath[] = read
    .filter((path) => path !== input.display)
    .map((path) => ({ path: resolve(root, path), label: `${path}, read by ${input.display}` }));
  if (inputs.length === 0) return [];
  const outputs = planned.map(({ path, artifact }) => ({
    path,
    label: `${shownPath(io.cwd, path)} (the ${artifact.format} of ${input.display})`,
  }));
  const own = findClobbers(outputs, inputs);
  return own.length > 0 ? own : inputsAmongOutputs(plan.outputKeys, inputs);
}

/** Builds every input (on workers when worth it), writing each journey's outputs in input order. */
export async function executeBuild(plan: BuildPlan, flags: BuildFlags, jobs: number | undefined): Promise<BuildOutcome> {
  const { session, inputs, outDir } = plan;
  const diagnostics: Diagnostic[] = [];
  const emitted: EmitResult = { written: [], stale: [], failures: [] };
  const absent: { input: InputFile; ids: readonly string[] }[] = [];
  let built = 0;
  let outputCount = 0;
  let unchangedOutputs = 0;
  const run = startOutputRun(Date.now());
  const reads = new Map<string, readonly string[]>();
  const summaries: SiteJourney[] = [];
  // Markdown fences whose SVG is written: the rewritten Markdown links them (markdown-outputs.ts).
  const fences: BuiltFence[] = [];
  const cache = plan.toStdout ? undefined : plan.cache;
  // A linked journey's own problems come with every journey that names it (and with its own
  // build): the run reports each once, at the linked file's lines.
  const reported = new Set<string>();
  const report = (found: readonly Diagnostic[]): void => {
    for (const d of found) {
      const key = diagnosticKey(d);
      if (reported.has(key)) continue;
      reported.add(key);
      diagnostics.push(d);
    }
  };
  const accept = (input: InputFile, build: JourneyBuild): void => {
    progress.tick(toBuild[++acceptedCount]?.display);
    reads.set(input.display, build.inputs);
    if (build.source) session.texts.set(build.source.path, build.source.text);
    report(build.diagnostics);
    if (build.personaAbsent) absent.push({ input, ids: build.personaAbsent });
    else built++;
    const page = plan.site?.pages.get(sitePageKey(input));
    if (build.summary && page !== undefined) summaries.push({ ...build.summary, page });
    if (build.artifacts.length === 0) return;
    if (plan.toStdout) {
      for (const artifact of build.artifacts) session.io.writeOut(artifact.bytes);
      return;
    }
    const planned: PlannedOutput[] = build.artifacts.map((artifact) => ({
      path: outputPath(outDir, input, artifact.extension, flags.persona),
      artifact,
    }));
    const clobbers = clobbersOf(plan, input, build.inputs, planned);
    if (clobbers.length > 0) {
      emitted.failures.push(...clobbers.map((m) => `${m}; nothing was written for ${input.display}`));
      return;
    }
    // Written journey by journey, so a large batch never holds every artifact in memory.
    const result = emitOutputs(planned, flags.check, session.io.cwd, run);
    emitted.written.push(...result.written);
    emitted.stale.push(...result.stale);
    emitted.failures.push(...result.failures);
    outputCount += planned.length;
    if (input.markdown && result.failures.length === 0) fences.push({ input, svg: outputPath(outDir, input, 'svg', flags.persona) });
    if (cache && !flags.check && result.failures.length === 0) {
      const outputs = planned.map(({ path, artifact }) => ({ path, bytes: artifact.bytes }));
      recordCache(cache, input, outDir, {
        reads: build.inputs,
        outputs,
        diagnostics: build.diagnostics,
        ...(build.summary ? { summary: build.summary } : {}),
      });
    }
  };
  // A cached journey: its diagnostics again (with their texts for code frames), no compiling.
  const acceptCached = (input: InputFile, entry: CacheEntry): void => {
    reads.set(
      input.display,
      entry.reads.map(([path]) => path),
    );
    report(entry.diagnostics);
    built++;
    const page = plan.site?.pages.get(sitePageKey(input));
    if (entry.summary && page !== undefined) summaries.push({ ...entry.summary, page });
    outputCount += entry.outputs.length;
    if (input.markdown) fences.push({ input, svg: outputPath(outDir, input, 'svg', flags.persona) });
    unchangedOutputs += entry.outputs.length;
  };
  const cached = new Map<InputFile, CacheEntry>();
  if (cache) {
    for (const input of inputs) {
      const entry = lookupCache(cache, input, outDir);
      if (entry) cached.set(input, entry);
    }
  }
  for (const [input, entry] of cached) acceptCached(input, entry);
  const toBuild = inputs.filter((input) => !cached.has(input));
  let acceptedCount = 0;
  const io = session.io;
  const progress: Progress =
    toBuild.length > 1 && wantsProgress({ errIsTTY: io.errIsTTY === true, env: io.env, quiet: flags.quiet, reporter: flags.reporter })
      ? startProgress(toBuild.length, (text) => io.writeErr(text), { now: Date.now, columns: io.errColumns, first: toBuild[0]?.display })
      : NO_PROGRESS;

  // Standard input can only be read on the main thread; -o - has one input anyway.
  const count = toBuild.some((i) => i.absolute === undefined)
    ? 1
    : jobCount(jobs, { journeys: toBuild.length, formats: plan.setup.formats });
  const parallel = count > 1 ? await import('./build-parallel.js') : undefined;
  const entry = parallel?.workerEntry();
  try {
    if (parallel && entry) {
      if (flags.verbose) session.io.writeErr(`${sayCount(wordsFor(), 'cli.workers', count)}\n`);
      await parallel.buildParallel(toBuild, count, plan.setup, entry, (index, build) => accept(toBuild[index] as InputFile, build));
    } else if (toBuild.length > 0) {
      // Loaded only when a journey needs building: a run the cache answers never loads the compiler.
      const [{ buildOne }, { createLinkedLoads }] = await Promise.all([import('./build-one.js'), import('../../model/linked-loads.js')]);
      // One run's loads: a journey that several others compare with or link to loads once.
      const context = { ...plan.context, links: createLinkedLoads() };
      for (const input of toBuild) accept(input, await buildOne(input, context));
    }
  } finally {
    progress.end();
    await plan.closePlugins();
  }
  if (!plan.toStdout) {
    const markdown = await emitMarkdownOutputs(outDir, inputs, fences, {
      persona: flags.persona,
      check: flags.check,
      cwd: session.io.cwd,
      run,
    });
    emitted.written.push(...markdown.written);
    emitted.stale.push(...markdown.stale);
    emitted.failures.push(...markdown.failures);
    outputCount += markdown.count;
  }
  // Journeys without the persona are skipped while another journey has it; when none has it, the
  // run names the mistake once per journey, as a build of a single journey always did.
  const persona = flags.persona;
  const noneHasIt = persona !== undefined && built === 0 && absent.length > 0;
  if (noneHasIt) {
    // The model's hint, loaded only for this error: a run the cache answers loads no model code.
    const { unknownPersonaHint } = await import('../../model/normalize-touchpoint.js');
    diagnostics.push(...absent.map(({ input, ids }) => personaAbsentError(unknownPersonaHint, persona, input.display, ids)));
  }
  const skipped = noneHasIt ? [] : absent.map(({ input }) => input.display);
  // Cached journeys were accepted first: the site lists journeys in input order all the same.
  const order = new Map(inputs.map((input, index) => [input.display, index]));
  summaries.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return {
    emitted,
    diagnostics,
    outputCount,
    journeys: inputs.length,
    outDir,
    skipped,
    reads,
    summaries,
    unchanged: cached.size,
    unchangedOutputs,
  };
}
