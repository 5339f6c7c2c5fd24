// The messages between `build --jobs` and its workers (types only), shared by both sides so the
// protocol cannot drift. Everything here survives structured cloning: no functions, no classes.
import type { InputFile } from '../../project/resolve-inputs.js';
import type { Theme } from '../../theme/theme.js';
import type { LocaleOptions } from '../../words/locale-words.js';
import type { JourneyBuild } from './build-one.js';
import type { PluginSources } from './select-renderers.js';

/** What a worker needs to rebuild the main thread's renderers and context (workerData). */
export interface WorkerSetup {
  readonly root: string;
  readonly plugins: PluginSources;
  readonly formats: readonly string[];
  readonly theme: Theme;
  readonly epoch: number;
  readonly options: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly persona?: string;
  /** --render-timeout in ms: the workers' plugins run under the same bound. */
  readonly renderTimeoutMs: number;
  /** build --site: return each journey's summary with its artifacts. */
  readonly site?: boolean;
  /** The config's `locale` and `labels`. */
  readonly language?: LocaleOptions;
}

/** Main → worker: build this journey. */
export interface WorkItem {
  readonly index: number;
  readonly input: InputFile;
}

/** Main → worker: a journey to build, or (once every journey is reported) the word to exit. */
export type WorkerMessage = WorkItem | { readonly close: true };

/** Worker → main: one journey's result, or why it could not be built. */
export type WorkResult =
  | { readonly index: number; readonly build: JourneyBuild }
  | { readonly index: number; readonly usageError: string }
  | { readonly index: number; readonly internalError: string; readonly stack?: string };
