// The public API for programs that embed journeymap: the compile pipeline, the IR types and
// the plugin contract. Nothing here touches the file system or the command line.

export type { CompileOptions, CompileResult, RenderContextBase, RenderResult } from './compile.js';
export { compileJourney, renderArtifacts } from './compile.js';
export { CODES, type Code } from './diagnostics/codes.js';
export type { Diagnostic, Point, RelatedInformation, Severity, Span } from './diagnostics/diagnostic.js';
export type * from './model/journey.js';
export { builtinPlugin } from './render/builtin.js';
export type { RegisteredRenderer, RendererRegistry } from './render/registry.js';
export { createRegistry, DuplicateFormatError } from './render/registry.js';
export type {
  Artifact,
  Asset,
  AssetStore,
  JourneymapPlugin,
  RenderContext,
  Renderer,
} from './render/renderer.js';
export { definePlugin } from './render/renderer.js';
export type * from './scene/scene.js';
export type { Host, SourceFile } from './source/source-file.js';
export type { Theme } from './theme/theme.js';
export { builtinThemes, defaultTheme } from './theme/themes.js';
export { laneTitle } from './view/lane-title.js';
// Words: a plugin shows the view's words (context.view.words) as the built-in renderers do.
export { say, sayCount, type WordId, type Words, wordsFor } from './words/say.js';
