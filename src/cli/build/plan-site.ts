// build --site, before compiling: every journey of the run is loaded once (parse, validate, check;
// no layout, no rendering) for the site's summaries and the tree of map links, which decides each
// map page's way back and breadcrumb, handed to the HTML renderer as that journey's render option.
// A journey with errors is left off the site (its errors are reported by the build itself).
import { join, relative, sep } from 'node:path';
import { loadSource } from '../../compile.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { NamedPath } from '../../project/output-clobbers.js';
import { outputPath } from '../../project/output-paths.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { SITE_OPTION } from '../../render/html/site-nav.js';
import { mapPageOptions } from '../../site/build-site.js';
import { type SiteJourney, summarizeJourney } from '../../site/site-journey.js';
import { INDEX_JOURNEY_STEM, SITE_PAGES } from '../../site/site-paths.js';
import { readInput } from '../read-input.js';
import type { Session } from '../session.js';
import { shownPath } from '../shown-path.js';
import { UsageError } from '../usage-error.js';

export const DEFAULT_STALE_AFTER_DAYS = 180;

export interface SitePlan {
  /** The journeys on the site, in input order. */
  readonly journeys: readonly SiteJourney[];
  readonly staleAfterDays: number;
}

/** Whether this run writes a site: --site or `site: true` in the config; never to standard output. */
export function wantsSite(flag: boolean | undefined, config: boolean | undefined, toStdout: boolean): boolean {
  const site = flag === true || config === true;
  if (site && toStdout) throw new UsageError('--site writes a folder of pages: it cannot be combined with -o -');
  return site;
}

/** The site implies the html format. */
export const siteFormats = (site: boolean, formats: readonly string[]): readonly string[] =>
  site && !formats.includes('html') ? [...formats, 'html'] : formats;

/** A top-level journey named `index` writes its outputs as `index-journey.*`: index.html is the site's. */
export const siteInputs = (inputs: readonly InputFile[]): InputFile[] =>
  inputs.map((input) => (input.outputStem === 'index' ? { ...input, outputStem: INDEX_JOURNEY_STEM } : input));

/** The site's own pages as outputs of the run, for the clobber and collision checks. */
export const sitePageOutputs = (outDir: string, cwd: string): NamedPath[] =>
  Object.values(SITE_PAGES).map((page) => {
    const path = join(outDir, page);
    return { path, label: `${shownPath(cwd, path)} (a page of the site)` };
  });

/** Loads every journey for the site; returns the plan and the inputs with their map pages' options. */
export async function planSite(
  session: Session,
  inputs: readonly InputFile[],
  run: { readonly outDir: string; readonly persona?: string; readonly staleAfterDays?: number },
): Promise<{ site: SitePlan; inputs: InputFile[] }> {
  const journeys: SiteJourney[] = [];
  const byDisplay = new Map<string, SiteJourney>();
  for (const input of inputs) {
    if (input.absolute === undefined || input.refused) continue;
    const read = await readInput(input, session.io);
    if (!read.source) continue;
    const { journey, diagnostics } = loadSource(read.source, session.host);
    if (!journey || hasErrors(diagnostics)) continue;
    if (run.persona !== undefined && !journey.personas.some((p) => p.id === run.persona)) continue;
    const page = relative(run.outDir, outputPath(run.outDir, input, 'html', run.persona)).split(sep).join('/');
    const summary = summarizeJourney(journey, page);
    journeys.push(summary);
    byDisplay.set(input.display, summary);
  }
  const options = mapPageOptions(journeys);
  const linked = inputs.map((input) => {
    const summary = byDisplay.get(input.display);
    const option = summary ? options.get(summary.file) : undefined;
    return option === undefined ? input : { ...input, renderOptions: { ...input.renderOptions, [SITE_OPTION]: option } };
  });
  return { site: { journeys, staleAfterDays: run.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS }, inputs: linked };
}
