// A map page that is part of a portfolio site (build --site) gets a way back to the site's index
// and, on a detail map, the breadcrumb of its overview maps. The site passes them as one render
// option (`site`, JSON); this file reads that option and writes the nav markup and its styles.

import { say, type Words } from '../../words/say.js';
import { escapeAttribute, escapeText } from '../markup.js';

/** One overview above this map: its title and the href of the touchpoint that links down here. */
export interface SiteCrumb {
  readonly title: string;
  readonly href: string;
}

export interface MapPageSite {
  /** The href of the site's index from this page. */
  readonly index: string;
  /** Overview maps above this one, topmost first. */
  readonly trail: readonly SiteCrumb[];
}

/** The render option key the site sets on every map page it links. */
export const SITE_OPTION = 'site';

/** The option value for one map page. */
export const siteOption = (site: MapPageSite): string => JSON.stringify(site);

const isCrumb = (value: unknown): value is SiteCrumb =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SiteCrumb).title === 'string' &&
  typeof (value as SiteCrumb).href === 'string';

/** The map page's site links from the render options; undefined when the page is not part of a site. */
export function mapPageSite(options: Readonly<Record<string, unknown>>): MapPageSite | undefined {
  const raw = options[SITE_OPTION];
  if (typeof raw !== 'string') return undefined;
  try {
    const value = JSON.parse(raw) as Partial<MapPageSite>;
    if (typeof value.index !== 'string' || !Array.isArray(value.trail) || !value.trail.every(isCrumb)) return undefined;
    return { index: value.index, trail: value.trail };
  } catch {
    return undefined;
  }
}

/** The nav at the top of a site's map page: all journeys › overviews › this map. */
export function siteNav(site: MapPageSite, title: string, words: Words): string {
  const link = (href: string, text: string): string => `<li><a href="${escapeAttribute(href)}">${escapeText(text)}</a></li>`;
  const items = [
    link(site.index, say(words, 'site.allJourneys')),
    ...site.trail.map((c) => link(c.href, c.title)),
    `<li><span aria-current="page">${escapeText(title)}</span></li>`,
  ];
  return `<nav class="jmp-site-nav" aria-label="${escapeAttribute(say(words, 'site.breadcrumb'))}"><ol>${items.join('')}</ol></nav>`;
}

/** The nav's styles and the highlight of the touchpoint a site link leads to (#tp-<id>). */
export const SITE_NAV_STYLES =
  '.jmp-site-nav{padding:6px 16px;font-size:14px;border-bottom:1px solid #d0d4dc;background:#f6f7f9}' +
  '.jmp-site-nav ol{display:flex;flex-wrap:wrap;gap:4px;margin:0;padding:0;list-style:none}' +
  '.jmp-site-nav li+li::before{content:"›";margin-right:4px;color:#555}' +
  '.jmp-site-nav a{color:#1a4fb8}.jmp-site-nav [aria-current]{font-weight:600}' +
  '.jmp-target{outline:4px solid #d9480f;outline-offset:4px;border-radius:4px}';
