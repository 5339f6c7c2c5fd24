// The pipeline, read first: SourceFile → Journey (load: parse, validate, normalize, check)
// → Scene (layout) → Artifact[] (one Renderer per format). No logic of its own: each stage
// reports diagnostics and compilation stops after the first stage that reported an error.
import { type Diagnostic, hasErrors } from './diagnostics/diagnostic.js';
import { layoutJourney } from './layout/layout-journey.js';
import { loadJourney } from './model/load-journey.js';
import type { Journey } from './model/journey.js';
import { unknownPersonaHint } from './model/normalize-touchpoint.js';
import type { Artifact, RenderContext, Renderer } from './render/renderer.js';
import { renderSvg } from './render/svg/render-svg.js';
import type { Scene } from './scene/scene.js';
import type { Host, SourceFile } from './source/source-file.js';
import type { Theme } from './theme/theme.js';

export interface CompileOptions {
  readonly host: Host;
  readonly theme: Theme;
  /** Render one persona's view only (must name a persona of the journey). */
  readonly persona?: string;
}

export interface CompileResult {
  readonly journey?: Journey;
  readonly scene?: Scene;
  readonly diagnostics: Diagnostic[];
}

export function compileJourney(source: SourceFile, options: CompileOptions): CompileResult {
  const { journey, diagnostics } = loadJourney(source, options.host);
  if (!journey || hasErrors(diagnostics)) return { journey, diagnostics };
  const personaProblem = checkPersonaOption(journey, options.persona);
  if (personaProblem) return { journey, diagnostics: [...diagnostics, personaProblem] };
  const scene = layoutJourney(journey, { theme: options.theme, persona: options.persona });
  return { journey, scene, diagnostics };
}

/** --persona must name one of the journey's personas (the view would otherwise be empty). */
function checkPersonaOption(journey: Journey, persona: string | undefined): Diagnostic | undefined {
  const ids = journey.personas.map((p) => p.id);
  if (persona === undefined || ids.includes(persona)) return undefined;
  return {
    code: 'unknown-persona',
    severity: 'error',
    message: `persona "${persona}" (from --persona) is not defined in this journey`,
    file: journey.file,
    hint: unknownPersonaHint(persona, ids),
  };
}

/** Everything a RenderContext holds except what renderArtifacts supplies per journey. */
export type RenderContextBase = Omit<RenderContext, 'journey' | 'report'>;

export interface RenderResult {
  readonly artifacts: Artifact[];
  readonly diagnostics: Diagnostic[];
}

export async function renderArtifacts(
  scene: Scene,
  journey: Journey,
  renderers: readonly Renderer[],
  contextBase: RenderContextBase,
): Promise<RenderResult> {
  // All at once, off-thread renderers first: their native work (PNG rasterizing in libuv's thread
  // pool) then overlaps with the others' JavaScript. Results keep the renderers' order.
  // The SVG markup is rendered once and shared: HTML embeds it and PNG rasterizes it.
  let svg: string | undefined;
  const shared: RenderContextBase = { ...contextBase, svg: () => (svg ??= renderSvg(scene, contextBase)) };
  const started = new Map<Renderer, ReturnType<typeof renderOne>>();
  for (const renderer of [...renderers].sort((a, b) => Number(b.offThread ?? false) - Number(a.offThread ?? false))) {
    started.set(renderer, renderOne(scene, journey, renderer, shared));
  }
  const results = await Promise.all(renderers.map((renderer) => started.get(renderer)!));
  return {
    artifacts: results.flatMap((r) => (r.artifact ? [r.artifact] : [])),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

async function renderOne(scene: Scene, journey: Journey, renderer: Renderer, base: RenderContextBase) {
  const diagnostics: Diagnostic[] = [];
  const context: RenderContext = { ...base, journey, report: (d) => diagnostics.push(d) };
  try {
    const output = await renderer.render(scene, context);
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
      file: journey.file,
    });
    return { artifact: undefined, diagnostics };
  }
}
