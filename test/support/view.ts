// Tests lay out and render journeys the way the pipeline does: through one JourneyView.
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { layoutJourney } from '../../src/layout/layout-journey.js';
import type { Journey } from '../../src/model/journey.js';
import type { AssetStore, RenderContext } from '../../src/render/renderer.js';
import type { Scene } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { journeyView, type ViewOptions } from '../../src/view/journey-view.js';

/** The Scene of a journey (or one persona's view of it), as compileJourney lays it out. */
export const sceneOf = (journey: Journey, options: ViewOptions): Scene => layoutJourney(journeyView(journey, options));

const noAssets: AssetStore = { get: () => undefined };

/** A RenderContext for `journey` as the pipeline builds it; `extra` overrides any part. */
export function renderContextOf(journey: Journey, extra: Partial<RenderContext> & { persona?: string } = {}): RenderContext {
  const { persona, ...rest } = extra;
  const theme = rest.theme ?? defaultTheme;
  const view = rest.view ?? journeyView(journey, { theme, ...(persona !== undefined ? { persona } : {}) });
  const report = (_d: Diagnostic): void => undefined;
  return { theme, assets: noAssets, epoch: 0, options: {}, report, ...rest, view, journey: view.journey };
}
