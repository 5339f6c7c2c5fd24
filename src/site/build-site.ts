// The portfolio site from the summaries of every journey built: its pages (index and the four views
// across journeys) and, for each map page, its way back and breadcrumb (the HTML renderer's `site`
// option). Pure: the CLI reads the journeys, passes the options to the renderer and writes the pages.
import { siteOption } from '../render/html/site-nav.js';
import type { Words } from '../words/say.js';
import { indexPage } from './index-page.js';
import { kpisPage } from './kpis-page.js';
import { opportunitiesPage } from './opportunities-page.js';
import { personasPage } from './personas-page.js';
import type { JourneySummary, SiteJourney } from './site-journey.js';
import { pageHref, SITE_PAGES, touchpointHref } from './site-paths.js';
import { breadcrumbOf, siteTree } from './site-tree.js';
import { structurePage } from './structure-page.js';

export interface SiteOptions {
  readonly words: Words;
  readonly staleAfterDays: number;
  /** SOURCE_DATE_EPOCH in seconds, or 0. */
  readonly epoch: number;
}

export interface SiteFile {
  /** Relative to the output folder, `/`-separated. */
  readonly path: string;
  readonly text: string;
}

/** Every page of the site, in a fixed order. */
export function buildSite(journeys: readonly SiteJourney[], options: SiteOptions): SiteFile[] {
  const { words } = options;
  return [
    { path: SITE_PAGES.index, text: indexPage(journeys, options) },
    { path: SITE_PAGES.opportunities, text: opportunitiesPage(journeys, words) },
    { path: SITE_PAGES.kpis, text: kpisPage(journeys, words) },
    { path: SITE_PAGES.personas, text: personasPage(journeys, words) },
    { path: SITE_PAGES.structure, text: structurePage(journeys, words) },
  ];
}

/**
 * The HTML renderer's `site` option of every map page, by journey file. `pages` holds every
 * journey's map page; `parents` the journeys with `map` links (in site order), the only ones a
 * breadcrumb needs: so a build loads just those before rendering.
 */
export function mapPageOptions(parents: readonly JourneySummary[], pages: ReadonlyMap<string, string>): Map<string, string> {
  const linked = parents.flatMap((p) => {
    const page = pages.get(p.file);
    return page === undefined ? [] : [{ ...p, page }];
  });
  const tree = siteTree(linked, pages);
  return new Map(
    [...pages].map(([file, page]) => {
      const trail = breadcrumbOf(tree, file).map((link) => ({
        title: link.parent.title,
        href: touchpointHref(page, link.parent.page, link.touchpoint),
      }));
      return [file, siteOption({ index: pageHref(page, SITE_PAGES.index), trail })];
    }),
  );
}
