// `journeymap build`: compile every input, render each requested format, then write the files
// (or print the single artifact for -o -, or compare them for --check). A journey with errors
// writes nothing and keeps its previous outputs; the other journeys still build.
import { relative, resolve } from 'node:path';
import { compileJourney, renderArtifacts, type RenderContextBase } from '../../compile.js';
import { type Diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { createAssetStore } from '../../project/asset-store.js';
import { findOutputCollisions, outputPath } from '../../project/output-paths.js';
import { resolveTheme } from '../../project/resolve-theme.js';
import type { Renderer } from '../../render/renderer.js';
import { type EmitResult, emitOutputs, type PlannedOutput } from '../emit-outputs.js';
import type { CliIo } from '../io.js';
import { readInput } from '../read-input.js';
import { renderOptions, sourceDateEpoch } from '../render-options.js';
import { buildRegistry, DEFAULT_FORMATS, selectRenderers, splitList } from '../select-renderers.js';
import { openSession, reportAll, type Session, sessionInputs } from '../session.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError } from '../usage-error.js';
import type { BuildFlags } from './flags.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

async function chooseRenderers(session: Session, flags: BuildFlags): Promise<Renderer[]> {
  const registry = await buildRegistry({
    configPlugins: session.config.plugins ?? [],
    configPath: session.configPath,
    cliPlugins: flags.plugin,
    cwd: session.io.cwd,
  });
  const formats = flags.format !== undefined ? splitList(flags.format) : (session.config.formats ?? DEFAULT_FORMATS);
  return selectRenderers(registry, formats);
}

function outDirOf(session: Session, flags: BuildFlags): string {
  if (flags.out !== undefined) return resolve(session.io.cwd, flags.out);
  if (session.config.outDir !== undefined) return resolve(session.root, session.config.outDir);
  return resolve(session.io.cwd, 'out');
}

export async function runBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<number> {
  const toStdout = flags.out === '-';
  const opened = await openSession(io, { flags, stdoutTaken: toStdout });
  if (!opened.session) return EXIT_ERRORS;
  const session = opened.session;
  const renderers = await chooseRenderers(session, flags);
  const themeResult = await resolveTheme(
    flags.theme ?? session.config.theme,
    flags.theme !== undefined || !session.configPath ? io.cwd : session.root,
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
  const contextBase = {
    theme: themeResult.theme,
    epoch: sourceDateEpoch(io.env),
    options: renderOptions(flags),
  };
  const outDir = outDirOf(session, flags);

  const diagnostics: Diagnostic[] = [];
  const emitted: EmitResult = { written: [], stale: [], failures: [] };
  let outputCount = 0;
  for (const input of inputs) {
    const read = await readInput(input, io);
    diagnostics.push(...read.diagnostics);
    if (!read.source) continue;
    session.texts.set(read.source.path, read.source.text);
    const compiled = compileJourney(read.source, { host: session.host, theme: contextBase.theme, persona: flags.persona });
    diagnostics.push(...compiled.diagnostics);
    if (!compiled.journey || !compiled.scene || hasErrors(compiled.diagnostics)) continue;
    const base: RenderContextBase = { ...contextBase, assets: createAssetStore(session.host, read.source.path) };
    const rendered = await renderArtifacts(compiled.scene, compiled.journey, renderers, base);
    diagnostics.push(...rendered.diagnostics);
    // A journey that failed in any format writes none, so its outputs stay one consistent set.
    if (hasErrors(rendered.diagnostics)) continue;
    if (toStdout) {
      for (const artifact of rendered.artifacts) io.writeOut(artifact.bytes);
      continue;
    }
    const planned: PlannedOutput[] = rendered.artifacts.map((artifact) => ({
      path: outputPath(outDir, input, artifact.extension, flags.persona),
      artifact,
    }));
    // Written journey by journey, so a large batch never holds every artifact in memory.
    const result = emitOutputs(planned, flags.check, io.cwd);
    emitted.written.push(...result.written);
    emitted.stale.push(...result.stale);
    emitted.failures.push(...result.failures);
    outputCount += planned.length;
  }

  if (toStdout) {
    reportAll(session, diagnostics, inputs.length);
    return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
  }
  reportAll(session, diagnostics, inputs.length);
  return finishBuild(session, flags, { emitted, diagnostics, outputCount, journeys: inputs.length, outDir });
}

interface BuildOutcome {
  readonly emitted: EmitResult;
  readonly diagnostics: readonly Diagnostic[];
  readonly outputCount: number;
  readonly journeys: number;
  readonly outDir: string;
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
    const rel = relative(io.cwd, outcome.outDir);
    const where = rel === '' ? '.' : rel.startsWith('..') ? outcome.outDir : rel;
    const done = flags.check ? `${files} up to date in ${where}` : `wrote ${files} to ${where}`;
    io.writeErr(`${done} for ${plural(outcome.journeys, 'journey')}\n`);
  }
  return failed ? EXIT_ERRORS : EXIT_OK;
}
