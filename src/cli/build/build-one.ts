// Compiles and renders one journey to its artifacts, without writing anything: the unit of work
// shared by sequential builds and the --jobs workers (which post the result back to be written).
import { compileJourney, renderArtifacts, type RenderContextBase } from '../compile.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { createAssetStore } from '../project/asset-store.js';
import type { InputFile } from '../project/resolve-inputs.js';
import type { Artifact, Renderer } from '../render/renderer.js';
import type { Host, SourceFile } from '../source/source-file.js';
import type { CliIo } from './io.js';
import { readInput } from './read-input.js';

export interface JourneyBuild {
  /** The text read, for code frames; absent when the bytes were not text. */
  readonly source?: SourceFile;
  readonly diagnostics: Diagnostic[];
  /** Every requested artifact, or none when any stage reported an error. */
  readonly artifacts: Artifact[];
}

export interface BuildOneContext {
  readonly host: Host;
  readonly renderers: readonly Renderer[];
  /** Theme, epoch and options; the asset store is made per journey. */
  readonly base: Omit<RenderContextBase, 'assets'>;
  readonly persona?: string;
  readonly io: Pick<CliIo, 'readStdin'>;
}

export async function buildOne(input: InputFile, context: BuildOneContext): Promise<JourneyBuild> {
  const read = await readInput(input, context.io);
  const diagnostics = [...read.diagnostics];
  if (!read.source) return { diagnostics, artifacts: [] };
  const source = read.source;
  const compiled = compileJourney(source, { host: context.host, theme: context.base.theme, persona: context.persona });
  diagnostics.push(...compiled.diagnostics);
  if (!compiled.journey || !compiled.scene || hasErrors(compiled.diagnostics)) return { source, diagnostics, artifacts: [] };
  const base: RenderContextBase = { ...context.base, assets: createAssetStore(context.host, source.path) };
  const rendered = await renderArtifacts(compiled.scene, compiled.journey, context.renderers, base);
  diagnostics.push(...rendered.diagnostics);
  // A journey that failed in any format writes none, so its outputs stay one consistent set.
  return { source, diagnostics, artifacts: hasErrors(rendered.diagnostics) ? [] : rendered.artifacts };
}
