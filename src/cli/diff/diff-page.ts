// `journeymap diff --format html`: the visual diff page. The new journey is built with the old one
// as its comparison (`compare`), through the same view, layout and HTML renderer as a map page:
// new touchpoints tagged, changed ones too (markChanged), removed ones named at their stage, the
// old emotion curves faint behind.
// No second way of drawing a comparison; the page has the map pages' CSP and is self-contained.
import { renderArtifacts } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { layoutJourney } from '../../layout/layout-journey.js';
import type { Journey } from '../../model/journey.js';
import { createAssetStore } from '../../project/asset-store.js';
import { builtinPlugin } from '../../render/builtin.js';
import type { Host } from '../../source/source-file.js';
import { defaultTheme } from '../../theme/themes.js';
import { journeyView } from '../../view/journey-view.js';
import { localeWords } from '../../words/locale-words.js';

export interface DiffPageOptions {
  readonly host: Host;
  /** SOURCE_DATE_EPOCH or 0. */
  readonly epoch: number;
}

/** The HTML page's bytes, or the renderer's diagnostics when it failed. */
export async function renderDiffPage(
  old: Journey,
  now: Journey,
  options: DiffPageOptions,
): Promise<{ bytes?: Uint8Array; diagnostics: Diagnostic[] }> {
  const view = journeyView({ ...now, compare: old }, { theme: defaultTheme, markChanged: true, words: localeWords(now.locale) });
  const html = builtinPlugin.renderers.find((renderer) => renderer.format === 'html');
  if (!html) throw new Error('the built-in html renderer is missing');
  const rendered = await renderArtifacts({ view, scene: layoutJourney(view) }, [html], {
    theme: defaultTheme,
    assets: createAssetStore(options.host, now.file),
    epoch: options.epoch,
    options: {},
  });
  return { bytes: rendered.artifacts[0]?.bytes, diagnostics: rendered.diagnostics };
}
