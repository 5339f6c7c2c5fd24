// Where the portfolio site's pages lie in the output folder and how one page links to another:
// relative hrefs only, so the site opens from file:// and from any static host. Pure path strings.

/** The site's own pages, relative to the output folder. */
export const SITE_PAGES = {
  index: 'index.html',
  opportunities: 'portfolio/opportunities.html',
  kpis: 'portfolio/kpis.html',
  personas: 'portfolio/personas.html',
  structure: 'portfolio/structure.html',
} as const;

export type SitePageId = keyof typeof SITE_PAGES;

/** The output stem a journey named `index` at the top gets on a site (one rule with the detail links). */
export { INDEX_JOURNEY_STEM } from '../view/detail-link.js';

/** The fragment a map page scrolls to and highlights: one touchpoint. */
export const touchpointAnchor = (id: string): string => `tp-${id}`;

const encodePath = (segments: readonly string[]): string => segments.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');

/** The href from one page to another, both `/`-separated paths relative to the output folder. */
export function pageHref(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  return encodePath([...fromDir.slice(common).map(() => '..'), ...target.slice(common)]);
}

/** The href from a page to one touchpoint of a map page. */
export const touchpointHref = (from: string, page: string, touchpoint: string): string =>
  `${pageHref(from, page)}#${encodeURIComponent(touchpointAnchor(touchpoint))}`;
