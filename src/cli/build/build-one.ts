// Reads one journey and builds it through the pipeline (compile.ts) to its artifacts, without
// writing anything: the unit of work shared by sequential builds and the --jobs workers (which
// post the result back to be written).
import { buildJourney, type RenderContextBase } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { LinkedLoads } from '../../model/linked-loads.js';
import { createAssetStore } from '../../project/asset-store.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import type { Artifact, Renderer } from '../../render/renderer.js';
import { type JourneySummary, summarizeJourney } from '../../site/site-journey.js';
import type { Host, SourceFile } from '../../source/source-file.js';
import type { LocaleOptions } from '../../words/locale-words.js';
import type { CliIo } from '../io.js';
import { readInput } from '../read-input.js';

export interface JourneyBuild {
  /** The text read, for code frames; absent when the bytes were not text. */
  readonly source?: SourceFile;
  readonly diagnostics: Diagnostic[];
  /** Every requested artifact, or none when any stage reported an error. */
  readonly artifacts: Artifact[];
  /** Every file the journey read, root-relative (compile.ts CompileResult.inputs). */
  readonly inputs: readonly string[];
  /** --persona names no persona of this journey: the ids it does have (for the caller's message). */
  readonly personaAbsent?: readonly string[];
  /** build --site: what the site shows of this journey, when it built without errors. */
  readonly summary?: JourneySummary;
}

export interface BuildOneContext {
  readonly host: Host;
  readonly renderers: readonly Renderer[];
  /** Theme, epoch and options; the asset store is made per journey. */
  readonly base: Omit<RenderContextBase, 'assets'>;
  readonly persona?: string;
  readonly io: Pick<CliIo, 'readStdin'>;
  /** build --site: return each journey's summary too. */
  readonly site?: boolean;
  /** The config's `locale` and `labels`. */
  readonly language?: LocaleOptions;
  /** This build run's loads (model/linked-loads.ts): a linked journey loads once per run. */
  readonly links?: LinkedLoads;
}

export async function buildOne(input: InputFile, context: BuildOneContext): Promise<JourneyBuild> {
  const read = await readInput(input, context.io);
  if (!read.source) return { diagnostics: read.diagnostics, artifacts: [], inputs: [] };
  const source = read.source;
  const built = await buildJourney(source, {
    host: context.host,
    theme: context.base.theme,
    persona: context.persona,
    ...(context.language ? { language: context.language } : {}),
    ...(context.site ? { site: true } : {}),
    ...(context.links ? { links: context.links } : {}),
    renderers: context.renderers,
    context: {
      ...context.base,
      ...(input.renderOptions ? { options: { ...context.base.options, ...input.renderOptions } } : {}),
      assets: createAssetStore(context.host, source.path),
    },
  });
  const diagnostics = [...read.diagnostics, ...built.diagnostics];
  const absent = built.compiled.personaAbsent ? { personaAbsent: built.compiled.journey?.personas.map((p) => p.id) ?? [] } : {};
  const journey = built.compiled.journey;
  const summary = context.site && journey && built.artifacts.length > 0 ? { summary: summarizeJourney(journey) } : {};
  // A Markdown fence: code frames show the Markdown file itself (read.shown).
  return { source: read.shown ?? source, diagnostics, artifacts: built.artifacts, inputs: built.compiled.inputs, ...absent, ...summary };
}
