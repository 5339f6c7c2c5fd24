// Runs a planned build: every input through the pipeline (on worker threads when worth it), each
// journey's outputs staged (or compared for --check) in input order as its result arrives, and
// renamed into place together at the end unless a clash refuses them (commit-run.ts).
// A --persona view skips the journeys without that persona; it is an error only when none has it.
import { type Diagnostic, diagnosticKey } from '../../diagnostics/diagnostic.js';
import { discardStaged } from '../../project/atomic-write.js';
import { contentHash } from '../../project/content-hash.js';
import { outputPath } from '../../project/output-paths.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import type { SiteJourney } from '../../site/site-journey.js';
import { sayCount, wordsFor } from '../../words/say.js';
import type { BuildFlags } from '../commands/flags.js';
import { type BuiltJourney, type CacheEntry, lookupCache, recordCache } from './build-cache.js';
import type { JourneyBuild } from './build-one.js';
import { clobbersOf, commitRun, type StagedJourney } from './commit-run.js';
import { type EmitResult, emitOutputs, type PlannedOutput, stageOutputs, startOutputRun } from './emit-outputs.js';
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
  // Journeys whose outputs wait as temporaries until the run commits them (commit-run.ts), with
  // what the cache records of each once it is written.
  const staged: (StagedJourney & { readonly record?: Omit<BuiltJourney, 'reads'> })[] = [];
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
    const outputs = planned.map(({ path, artifact }) => ({ path, format: artifact.format }));
    if (flags.check) {
      const clobbers = clobbersOf(plan, input, build.inputs, outputs);
      if (clobbers.length > 0) {
        emitted.failures.push(...clobbers.map((m) => `${m}; nothing was written for ${input.display}`));
        return;
      }
      outputCount += planned.length;
      const result = emitOutputs(planned, true, session.io.cwd, run);
      emitted.stale.push(...result.stale);
      emitted.failures.push(...result.failures);
      if (input.markdown && result.failures.length === 0) fences.push({ input, svg: outputPath(outDir, input, 'svg', flags.persona) });
      return;
    }
    // Staged journey by journey (so a large batch never holds every artifact in memory) and
    // renamed into place at the end of the run, once every journey's reads are known (commit-run.ts).
    const result = stageOutputs(planned, session.io.cwd, run);
    emitted.failures.push(...result.failures);
    if (!result.staged) return;
    const record = cache && {
      outputs: planned.map(({ path, artifact }) => ({ path, hash: contentHash(artifact.bytes), size: artifact.bytes.length })),
      diagnostics: build.diagnostics,
      ...(build.summary ? { summary: build.summary } : {}),
    };
    staged.push({ input, reads: build.inputs, outputs, staged: result.staged, ...(record ? { record } : {}) });
  };
  /** Renames every staged set that no clash refuses, then records each written journey in the cache. */
  const commit = (): void => {
    const result = commitRun(plan, staged);
    emitted.written.push(...result.written);
    emitted.failures.push(...result.failures);
    for (const { input, reads: read, outputs, record } of staged) {
      if (result.refused.has(input)) continue;
      outputCount += outputs.length;
      if (input.markdown) fences.push({ input, svg: outputPath(outDir, input, 'svg', flags.persona) });
      if (cache && record) recordCache(cache, input, outDir, { reads: read, ...record });
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
    if (toBuild.length > 0) {
      // Loaded only when a journey needs building: a run the cache answers never loads the compiler.
      const [{ buildOne }, { createLinkedLoads }] = await Promise.all([import('./build-one.js'), import('../../model/linked-loads.js')]);
      // One run's loads: a journey that several others compare with or link to loads once.
      const context = { ...plan.context, links: createLinkedLoads() };
      const onMainThread = (input: InputFile): Promise<JourneyBuild> => buildOne(input, context);
      if (parallel && entry) {
        if (flags.verbose) session.io.writeErr(`${sayCount(wordsFor(), 'cli.workers', count)}\n`);
        const onResult = (index: number, build: JourneyBuild): void => accept(toBuild[index] as InputFile, build);
        await parallel.buildParallel(toBuild, count, plan.setup, entry, onResult, onMainThread);
      } else {
        for (const input of toBuild) accept(input, await onMainThread(input));
      }
    }
  } catch (error) {
    // A run that stops (a usage error, an internal one) renames nothing it staged.
    for (const journey of staged) discardStaged(journey.staged);
    throw error;
  } finally {
    progress.end();
    await plan.closePlugins();
  }
  commit();
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
