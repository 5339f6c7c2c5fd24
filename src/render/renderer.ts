// The Renderer contract: one per output format, built-ins and plugins alike.
// Renderers paint a Scene: they never measure text or move boxes.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';
import type { Scene } from '../scene/scene.js';
import type { Theme } from '../theme/theme.js';
import type { JourneyView } from '../view/journey-view.js';
import type { PictureCache } from './picture-cache.js';

export interface Asset {
  readonly bytes: Uint8Array;
  readonly mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
}

/** Images by the path the Scene names, already checked to lie inside the project root. */
export interface AssetStore {
  get(path: string): Asset | undefined;
}

export interface RenderContext {
  /**
   * What this picture is of: the journey narrowed to the persona filter and each shown persona's
   * style. Summary pages read who is shown and in which colour here; never derive them again.
   */
  readonly view: JourneyView;
  /** The view's journey (view.journey): metadata and summary pages; never geometry. */
  readonly journey: Journey;
  readonly theme: Theme;
  readonly assets: AssetStore;
  /** SOURCE_DATE_EPOCH in seconds, or 0: the only clock a renderer may read. */
  readonly epoch: number;
  /** Renderer options from the command line (e.g. page: 'a3', scale: 2). */
  readonly options: Readonly<Record<string, string | number | boolean | undefined>>;
  /**
   * The map as SVG markup, rendered at most once per journey and shared by the renderers that
   * build on it (SVG, HTML, PNG, and plugins that wrap the SVG). Optional for callers that build a
   * context by hand; use svgOf() from render/svg/render-svg.ts, which falls back to rendering.
   */
  readonly svg?: () => string;
  /**
   * Pictures made from the assets (rasterized SVG, display-size PNG/JPEG), made once per journey
   * and shared by its renderers (picture-cache.ts). Optional: without it each renderer makes its own.
   */
  readonly pictures?: PictureCache;
  /**
   * Kept for the whole build run (one per --jobs worker): what renderers make once and never
   * change, shared by every journey of the run, such as parsed font files (the PDF renderer's
   * pdfkit fonts). Optional: without it each journey makes its own.
   */
  readonly runCache?: Map<string, unknown>;
  report(d: Diagnostic): void;
}

export interface Renderer {
  /** --format name, unique: "svg". */
  readonly format: string;
  /** File extension without the dot: "svg". */
  readonly extension: string;
  /** For -o - and the preview server: "image/svg+xml". */
  readonly mediaType: string;
  /**
   * True when the renderer does its heavy work off the JavaScript thread (PNG rasterizes in a
   * native thread pool). Such renderers are started before the others, so that work overlaps
   * with theirs. Optional; default false.
   */
  readonly offThread?: boolean;
  render(scene: Scene, context: RenderContext): Promise<Uint8Array | string>;
}

export interface JourneymapPlugin {
  readonly apiVersion: 1;
  readonly renderers: readonly Renderer[];
}

export interface Artifact {
  readonly format: string;
  readonly extension: string;
  readonly bytes: Uint8Array;
}

export const definePlugin = (plugin: JourneymapPlugin): JourneymapPlugin => plugin;
