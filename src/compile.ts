// The pipeline, read first, and the only way from a source to artifacts: SourceFile → Journey
// (load: parse, validate, normalize, check) → JourneyView (persona filter and styles) → Scene
// (layout) → Artifact[] (one Renderer per format). validate, lint, diff, build, watch and the
// --jobs workers all come through here. No logic of its own and no CLI wording: each stage
// reports diagnostics and compilation stops after the first stage that reported an error.
import { type Diagnostic, hasErrors } from './diagnostics/diagnostic.js';
import { layoutJourney } from './layout/layout-journey.js';
import type { Journey } from './model/journey.js';
import { type LinkedLoads, loadOnce } from './model/linked-loads.js';
import { loadJourney } from './model/load-journey.js';
import { onceHost } from './model/once-host.js';
import { recordingHost } from './model/recording-host.js';
import { createPictureCache } from './render/picture-cache.js';
import type { Artifact, RenderContext, Renderer } from './render/renderer.js';
import { renderSvg } from './render/svg/render-svg.js';
import type { Scene } from './scene/scene.js';
import type { Host, SourceFile } from './source/source-file.js';
import type { Theme } from './theme/theme.js';
import { type JourneyView, journeyView } from './view/journey-view.js';
import { type LocaleOptions, localeWords } from './words/locale-words.js';

export interface LoadResult {
  readonly journey?: Journey;
  readonly diagnostics: Diagnostic[];
}

/**
 * The front end alone (validate, lint and diff stop here): a checked Journey, or why not. `links`:
 * the build's loads, so a journey that others compare with or link to loads once per build.
 */
export function loadSource(source: SourceFile, host: Host, links?: LinkedLoads): LoadResult {
  const loaded = loadOnce(links, source, onceHost(host), (h) => loadJourney(source, h, [], links));
  return hasErrors(loaded.diagnostics) ? { diagnostics: loaded.diagnostics } : loaded;
}

export interface CompileOptions {
  readonly host: Host;
  readonly theme: Theme;
  /** Compile one persona's view only. */
  readonly persona?: string;
  /** The config's `locale` (a journey's own wins) and `labels` (over any catalogue's words). */
  readonly language?: LocaleOptions;
  /** build --site: outputs and detail-map links named as the site names them (JourneyView.site). */
  readonly site?: boolean;
  /** The build's loads (model/linked-loads.ts), made once per build run; absent, nothing is shared. */
  readonly links?: LinkedLoads;
}

export interface CompileResult {
  readonly journey?: Journey;
  readonly view?: JourneyView;
  readonly scene?: Scene;
  readonly diagnostics: Diagnostic[];
  /**
   * Every file this journey read, root-relative, the journey itself first (unless standard input):
   * the one list of inputs that output clobber checks (and the cache, --check, watch) read.
   */
  readonly inputs: readonly string[];
  /**
   * Set when `persona` names no persona of this journey: nothing is laid out. Whether that is an
   * error (a single journey) or a skip (a project where other journeys have it) is the caller's call.
   */
  readonly personaAbsent?: true;
}

export function compileJourney(source: SourceFile, options: CompileOptions): CompileResult {
  const recorder = recordingHost(options.host);
  const { journey, diagnostics } = loadSource(source, recorder.host, options.links);
  const inputs = [...(source.path === '<stdin>' ? [] : [source.path]), ...recorder.inputs().filter((p) => p !== source.path)];
  if (!journey) return { diagnostics, inputs };
  const { persona, theme } = options;
  if (persona !== undefined && !journey.personas.some((p) => p.id === persona)) {
    return { journey, diagnostics, inputs, personaAbsent: true };
  }
  const words = localeWords(journey.locale ?? options.language?.locale, options.language?.labels);
  const view = journeyView(journey, { theme, persona, words, ...(options.site ? { site: true } : {}) });
  return { journey, view, scene: layoutJourney(view), diagnostics, inputs };
}

/** Everything a RenderContext holds except what renderArtifacts supplies per journey. */
export type RenderContextBase = Omit<RenderContext, 'journey' | 'view' | 'report'>;

export interface RenderResult {
  readonly artifacts: Artifact[];
  readonly diagnostics: Diagnostic[];
}

/** What renderArtifacts paints: the compiled view and its Scene. */
export interface Compiled {
  readonly view: JourneyView;
  readonly scene: Scene;
}

export async function renderArtifacts(
  compiled: Compiled,
  renderers: readonly Renderer[],
  contextBase: RenderContextBase,
): Promise<RenderResult> {
  const { scene } = compiled;
  // All at once, off-thread renderers first: their native work (PNG rasterizing in libuv's thread
  // pool) then overlaps with the others' JavaScript. Results keep the renderers' order.
  // The SVG markup is rendered once and shared: HTML embeds it and PNG rasterizes it.
  // So are the pictures made from the assets (SVG rasterized for PDF and PNG, display sizes).
  let svg: string | undefined;
  const pictures = createPictureCache();
  const shared: RenderContextBase = { ...contextBase, pictures, svg: () => (svg ??= renderSvg(scene, { ...contextBase, pictures })) };
  const started = new Map<Renderer, ReturnType<typeof renderOne>>();
  for (const renderer of [...renderers].sort((a, b) => Number(b.offThread ?? false) - Number(a.offThread ?? false))) {
    started.set(renderer, renderOne(compiled, renderer, shared));
  }
  const results = await Promise.all(renderers.map((renderer) => started.get(renderer)!));
  return {
    artifacts: results.flatMap((r) => (r.artifact ? [r.artifact] : [])),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

async function renderOne({ view, scene }: Compiled, renderer: Renderer, base: RenderContextBase) {
  const diagnostics: Diagnostic[] = [];
  const context: RenderContext = { ...base, view, journey: view.journey, report: (d) => diagnostics.push(d) };
  try {
    const output: unknown = await renderer.render(scene, context);
    // A plugin is JavaScript: its promise may hold anything, and writing that is not a usage error.
    if (typeof output !== 'string' && !(output instanceof Uint8Array)) {
      throw new Error(`it returned ${output === null ? 'null' : typeof output} instead of a string or a Uint8Array`);
    }
    const bytes = typeof output === 'string' ? new TextEncoder().encode(output) : output;
    const artifact: Artifact = { format: renderer.format, extension: renderer.extension, bytes };
    return { artifact, diagnostics };
  } catch (error) {
    // A renderer bug or plugin failure costs this file, not the whole run.
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      code: 'render-failed',
      severity: 'error',
      message: `the ${renderer.format} renderer failed: ${reason}`,
      file: view.journey.file,
    });
    return { artifact: undefined, diagnostics };
  }
}

export interface BuildResult {
  readonly compiled: CompileResult;
  readonly diagnostics: Diagnostic[];
  /** Every requested artifact, or none when any stage or any renderer reported an error. */
  readonly artifacts: Artifact[];
}

/** compileJourney, then renderArtifacts: one source to its artifacts. */
export async function buildJourney(
  source: SourceFile,
  options: CompileOptions & { readonly renderers: readonly Renderer[]; readonly context: RenderContextBase },
): Promise<BuildResult> {
  const compiled = compileJourney(source, options);
  const { view, scene } = compiled;
  if (!view || !scene || hasErrors(compiled.diagnostics)) return { compiled, diagnostics: compiled.diagnostics, artifacts: [] };
  const rendered = await renderArtifacts({ view, scene }, options.renderers, options.context);
  const diagnostics = [...compiled.diagnostics, ...rendered.diagnostics];
  // A journey that failed in any format writes none, so its outputs stay one consistent set.
  return { compiled, diagnostics, artifacts: hasErrors(rendered.diagnostics) ? [] : rendered.artifacts };
}
