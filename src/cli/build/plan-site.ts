// build --site, before compiling: each journey's map page, and the breadcrumbs above detail maps
// (the HTML renderer's `site` option, set on each input). A breadcrumb needs only the journeys with
// `map:` links, so only those are loaded here (parse, validate, check; no layout); every journey's
// summary for the site's pages comes back from where it is compiled (JourneyBuild.summary).
import { join, relative, sep } from 'node:path';
import { loadSource } from '../../compile.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Journey } from '../../model/journey.js';
import type { NamedPath } from '../../project/output-clobbers.js';
import { outputPath } from '../../project/output-paths.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { SITE_OPTION } from '../../render/html/site-nav.js';
import { mapPageOptions } from '../../site/build-site.js';
import { type JourneySummary, summarizeJourney } from '../../site/site-journey.js';
import { SITE_PAGES } from '../../site/site-paths.js';
import { siteOutputStem } from '../../view/detail-link.js';
import { readInput } from '../read-input.js';
import type { Session } from '../session.js';
import { shownPath } from '../shown-path.js';
import { UsageError } from '../usage-error.js';
import { sitePageKey } from './site-page-key.js';

export const DEFAULT_STALE_AFTER_DAYS = 180;

export interface SitePlan {
  /** Each journey's map page, relative to the output folder, by its root-relative file. */
  readonly pages: ReadonlyMap<string, string>;
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
  inputs.map((input) =>
    siteOutputStem(input.outputStem) !== input.outputStem ? { ...input, outputStem: siteOutputStem(input.outputStem) } : input,
  );

/** The site's own pages as outputs of the run, for the clobber and collision checks. */
export const sitePageOutputs = (outDir: string, cwd: string): NamedPath[] =>
  Object.values(SITE_PAGES).map((page) => {
    const path = join(outDir, page);
    return { path, label: `${shownPath(cwd, path)} (a page of the site)` };
  });

/** A journey that may link to a detail map: `map:` written in its own file (libraries hold no touchpoints). */
const MAY_LINK = /\bmap\s*:/;

export { sitePageKey };

/**
 * A journey read and checked (parse, validate, references; no layout) on the main thread, for the
 * site's planning and --shard's other parts; undefined when unreadable, with errors, or not `wanted`.
 */
export async function loadChecked(
  session: Session,
  input: InputFile,
  wanted: (text: string) => boolean = () => true,
): Promise<Journey | undefined> {
  const read = await readInput(input, session.io);
  if (!read.source || !wanted(read.source.text)) return undefined;
  const { journey, diagnostics } = loadSource(read.source, session.host);
  return journey && !hasErrors(diagnostics) ? journey : undefined;
}

/** The site's plan, and the inputs with their map pages' options. */
export async function planSite(
  session: Session,
  inputs: readonly InputFile[],
  run: { readonly outDir: string; readonly persona?: string; readonly staleAfterDays?: number },
): Promise<{ site: SitePlan; inputs: InputFile[] }> {
  const pages = new Map<string, string>();
  const parents: JourneySummary[] = [];
  for (const input of inputs) {
    if (input.absolute === undefined || input.refused) continue;
    pages.set(
      sitePageKey(input),
      relative(run.outDir, outputPath(run.outDir, input, 'html', run.persona))
        .split(sep)
        .join('/'),
    );
    const journey = await loadChecked(session, input, (text) => MAY_LINK.test(text));
    if (journey) parents.push(summarizeJourney(journey));
  }
  const options = mapPageOptions(parents, pages);
  const linked = inputs.map((input) => {
    const option = options.get(sitePageKey(input));
    return option === undefined ? input : { ...input, renderOptions: { ...input.renderOptions, [SITE_OPTION]: option } };
  });
  return { site: { pages, staleAfterDays: run.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS }, inputs: linked };
}
