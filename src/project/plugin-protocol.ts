// The messages between the main thread and a plugin's own worker thread (types only), shared by
// both sides. Everything here survives structured cloning: no functions, no classes.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Scene } from '../scene/scene.js';
import type { JourneyView } from '../view/journey-view.js';
import type { PluginLoadFailure } from './plugins.js';

/** workerData: which module to load, how to name it, where the project's images are. */
export interface PluginWorkerSetup {
  readonly file: string;
  readonly specifier: string;
  readonly root: string;
}

/** What a renderer is, without its code: enough for the registry and the output paths. */
export interface RendererMeta {
  readonly format: string;
  readonly extension: string;
  readonly mediaType: string;
  readonly offThread?: boolean;
}

/** Worker → main, once: the module loaded and has a plugin's shape, or why not. */
export type PluginLoaded =
  | { readonly kind: 'loaded'; readonly renderers: readonly RendererMeta[] }
  | { readonly kind: 'load-failed'; readonly reason: PluginLoadFailure; readonly detail: string };

export type SentView = Partial<JourneyView> & Pick<JourneyView, 'journey' | 'theme' | 'words'>;

/** Main → worker: render one journey in one format. */
export interface PluginRenderRequest {
  readonly id: number;
  readonly format: string;
  readonly scene: Scene;
  /** The view's cloneable parts (functions, such as formatters, cannot cross): the worker re-derives the rest. */
  readonly view: SentView;
  readonly epoch: number;
  readonly options: Readonly<Record<string, string | number | boolean | undefined>>;
}

/** Worker → main: the output, or the renderer's failure, with what it reported meanwhile. */
export type PluginRenderResult =
  | { readonly id: number; readonly output: string | Uint8Array; readonly diagnostics: Diagnostic[] }
  | { readonly id: number; readonly failure: string; readonly diagnostics: Diagnostic[] };
