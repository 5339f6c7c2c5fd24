// The frame every page of the portfolio site shares: doctype, the strict CSP (the map pages' own,
// by hash), the inline styles, a skip link, the site's navigation with the current page marked,
// and one <main>. Pure: the same arguments give the same bytes.
import { contentSecurityPolicy } from '../render/html/content-security-policy.js';
import { escapeAttribute, escapeText } from '../render/markup.js';
import { say, type WordId, type Words } from '../words/say.js';
import { pageHref, SITE_PAGES, type SitePageId } from './site-paths.js';
import { SITE_STYLES } from './site-styles.js';

const NAV: readonly SitePageId[] = ['index', 'opportunities', 'kpis', 'personas', 'structure'];

const TITLES: Readonly<Record<SitePageId, WordId>> = {
  index: 'site.page.index',
  opportunities: 'site.page.opportunities',
  kpis: 'site.page.kpis',
  personas: 'site.page.personas',
  structure: 'site.page.structure',
};

export const pageTitleId = (id: SitePageId): WordId => TITLES[id];

export interface SitePageParts {
  readonly id: SitePageId;
  readonly words: Words;
  /** The page's content inside <main>, after its <h1>. */
  readonly body: string;
  /** Inline scripts (their text), pinned by hash; none for pages that need none. */
  readonly scripts?: readonly string[];
}

export function sitePage(parts: SitePageParts): string {
  const { id, words } = parts;
  const path = SITE_PAGES[id];
  const scripts = parts.scripts ?? [];
  const csp = contentSecurityPolicy({ styles: [SITE_STYLES], scripts });
  const heading = say(words, pageTitleId(id));
  const links = NAV.map((page) => {
    const current = page === id ? ' aria-current="page"' : '';
    return `<li><a href="${escapeAttribute(pageHref(path, SITE_PAGES[page]))}"${current}>${escapeText(say(words, pageTitleId(page)))}</a></li>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(words['meta.locale'])}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="journeymap">',
    `<title>${escapeText(`${heading} · ${say(words, 'site.title')}`)}</title>`,
    `<style>${SITE_STYLES}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${escapeText(say(words, 'site.skip'))}</a>`,
    '<header class="top">',
    `<a class="brand" href="${escapeAttribute(pageHref(path, SITE_PAGES.index))}">${escapeText(say(words, 'site.title'))}</a>`,
    `<nav aria-label="${escapeAttribute(say(words, 'site.nav'))}"><ul>${links.join('')}</ul></nav>`,
    '</header>',
    `<main id="main" tabindex="-1">`,
    `<h1>${escapeText(heading)}</h1>`,
    parts.body,
    '</main>',
    ...scripts.map((text) => `<script>${text}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
