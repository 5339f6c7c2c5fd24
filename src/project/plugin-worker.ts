// Entry of a plugin's own worker thread (bundled to dist/plugin-worker.js): imports one plugin
// module, checks its shape, then renders what the main thread asks. Plugin code runs only here,
// so a render or a module that never settles or loops forever can be stopped (Worker.terminate).

import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RenderContext, Renderer } from '../render/renderer.js';
import type { JourneyView } from '../view/journey-view.js';
import type { PluginLoaded, PluginRenderRequest, PluginRenderResult, PluginWorkerSetup } from './plugin-protocol.js';
import { checkPluginShape, describe, errorText, PluginLoadError } from './plugins.js';

async function load(setup: PluginWorkerSetup): Promise<{ loaded: PluginLoaded; renderers: Map<string, Renderer> }> {
  let namespace: Record<string, unknown>;
  try {
    namespace = (await import(pathToFileURL(setup.file).href)) as Record<string, unknown>;
  } catch (error) {
    return { loaded: { kind: 'load-failed', reason: 'load-failed', detail: errorText(error) }, renderers: new Map() };
  }
  try {
    const plugin = checkPluginShape(setup.specifier, namespace.default ?? namespace.plugin);
    const renderers = new Map(plugin.renderers.map((r) => [r.format, r]));
    const metas = plugin.renderers.map(({ format, extension, mediaType, offThread }) => ({
      format,
      extension,
      mediaType,
      ...(offThread === true ? { offThread } : {}),
    }));
    return { loaded: { kind: 'loaded', renderers: metas }, renderers };
  } catch (error) {
    const failure = error instanceof PluginLoadError ? error : new PluginLoadError(setup.specifier, 'load-failed', errorText(error));
    return { loaded: { kind: 'load-failed', reason: failure.reason, detail: failure.detail }, renderers: new Map() };
  }
}

/**
 * What a render context needs besides the plugin, imported after the module loaded (started at
 * once, so it overlaps the main thread's compiling): the thread is ready sooner, and a plugin
 * that fails to load never pays for it.
 */
const renderSupport = async () => {
  const [{ renderSvg }, { journeyView }, { createAssetStore }, { createFsHost }] = await Promise.all([
    import('../render/svg/render-svg.js'),
    import('../view/journey-view.js'),
    import('./asset-store.js'),
    import('./fs-host.js'),
  ]);
  return { renderSvg, journeyView, createAssetStore, createFsHost };
};

async function render(
  setup: PluginWorkerSetup,
  renderer: Renderer,
  request: PluginRenderRequest,
  support: Awaited<ReturnType<typeof renderSupport>>,
): Promise<PluginRenderResult> {
  const { renderSvg, journeyView, createAssetStore, createFsHost } = support;
  const diagnostics: Diagnostic[] = [];
  const { scene, epoch, options } = request;
  // What could not be cloned (formatters) is derived again from the journey, theme and words sent;
  // everything sent (the narrowed journey, persona styles) is kept as the main thread computed it.
  const sent = request.view;
  const view: JourneyView = { ...journeyView(sent.journey, { theme: sent.theme, words: sent.words }), ...sent };
  const assets = createAssetStore(createFsHost(setup.root), view.journey.file);
  let svg: string | undefined;
  const context: RenderContext = {
    view,
    journey: view.journey,
    theme: view.theme,
    assets,
    epoch,
    options,
    svg: () => (svg ??= renderSvg(scene, { assets })),
    report: (d) => diagnostics.push(d),
  };
  try {
    const output: unknown = await renderer.render(scene, context);
    if (typeof output === 'string' || output instanceof Uint8Array) return { id: request.id, output, diagnostics };
    const failure = `plugin "${setup.specifier}" returned ${describe(output)} instead of a string or a Uint8Array`;
    return { id: request.id, failure, diagnostics };
  } catch (error) {
    return { id: request.id, failure: `plugin "${setup.specifier}": ${errorText(error)}`, diagnostics };
  }
}

const port = parentPort;
if (port) {
  const setup = workerData as PluginWorkerSetup;
  const { loaded, renderers } = await load(setup);
  port.postMessage(loaded);
  const support = loaded.kind === 'loaded' ? renderSupport() : undefined;
  port.on('message', (request: PluginRenderRequest) => {
    const renderer = renderers.get(request.format);
    const result: Promise<PluginRenderResult> =
      renderer && support
        ? support.then((s) => render(setup, renderer, request, s))
        : Promise.resolve({ id: request.id, failure: `plugin "${setup.specifier}" has no format "${request.format}"`, diagnostics: [] });
    void result.then((r) => {
      try {
        port.postMessage(r);
      } catch (error) {
        // A reported diagnostic holding a function, say: the render fails, the worker lives on.
        port.postMessage({ id: r.id, failure: `plugin "${setup.specifier}": ${errorText(error)}`, diagnostics: [] });
      }
    });
  });
}
