// Assembles the self-contained HTML page: CSP meta, inline styles with embedded fonts, header and
// controls, the inline SVG map, details panel, the table alternative, the journey JSON and the
// script. Pure: everything arrives as arguments; the same parts give the same bytes.

import pageScript from 'virtual:page-script';
import type { JourneyView } from '../../view/journey-view.js';
import { say } from '../../words/say.js';
import { escapeAttribute, escapeText } from '../markup.js';
import { contentSecurityPolicy, inlineStyleTexts } from './content-security-policy.js';
import { type PageBrand, pageHeader } from './html-chrome.js';
import { detailsData, jsonForScript } from './html-details-data.js';
import { type EmbeddedFonts, pageStyles } from './html-styles.js';
import { journeyTable } from './html-table.js';
import { type MapPageSite, SITE_NAV_STYLES, siteNav } from './site-nav.js';

export interface HtmlPageParts {
  /** The journey as the map shows it, with each shown persona's style. */
  readonly view: JourneyView;
  /** The map as an <svg> element (from renderSvg), inlined as is. */
  readonly svg: string;
  readonly fonts: EmbeddedFonts;
  /** The theme's logo and brand text for the page header; absent without a logo. */
  readonly brand?: PageBrand;
  /** BCP 47 language of the page. Default: en. */
  readonly lang?: string;
  /** Set when the page is part of a portfolio site: the way back to its index and the breadcrumb. */
  readonly site?: MapPageSite;
}

/** The page script: ./client/ bundled into one minified IIFE (scripts/page-script.mjs), so nothing leaks into the global scope. */
export const PAGE_SCRIPT: string = pageScript;

/** An XML declaration or doctype is meaningless inside HTML: drop them from the SVG document. */
const inlineSvg = (svg: string): string => svg.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '');

export function buildHtmlPage(parts: HtmlPageParts): string {
  return prepareHtmlPage(parts).withFonts(parts.fonts);
}

/** A page built but for its fonts: what it shows decides which fonts it embeds. */
export interface PreparedHtmlPage {
  /** Every text of the page but the font faces (the stylesheet without them, markup, data, script). */
  readonly text: string;
  /** The whole page with these fonts in its stylesheet (and the stylesheet's hash in the CSP). */
  withFonts(fonts: EmbeddedFonts): string;
}

/** The page in two steps, so the renderer learns its characters without building it twice. */
export function prepareHtmlPage(parts: Omit<HtmlPageParts, 'fonts'>): PreparedHtmlPage {
  const { journey, theme, words } = parts.view;
  const svg = inlineSvg(parts.svg);
  const siteStyles = parts.site ? [SITE_NAV_STYLES] : [];
  const description = journey.description ?? say(words, 'html.mapOf', { title: journey.title });
  const head = [
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="description" content="${escapeAttribute(description)}">`,
    '<meta name="generator" content="journeymap">',
    `<title>${escapeText(journey.title)}</title>`,
  ];
  const body = [
    ...siteStyles.map((text) => `<style>${text}</style>`),
    '</head>',
    '<body>',
    `<a class="jmp-skip" href="#jmp-table-view">${escapeText(say(words, 'html.skipToTable'))}</a>`,
    ...(parts.site ? [siteNav(parts.site, journey.title, words)] : []),
    '<div class="jmp-app">',
    pageHeader(journey, words, parts.brand, parts.view.compare !== undefined),
    '<main class="jmp-main">',
    `<div class="jmp-viewport" id="jmp-viewport" tabindex="0" role="region" aria-label="${escapeAttribute(say(words, 'html.viewport'))}">`,
    `<div class="jmp-canvas" id="jmp-canvas">${svg}</div>`,
    `<p class="jmp-hint" aria-hidden="true">${escapeText(say(words, 'html.hint'))}</p>`,
    '</div>',
    `<aside class="jmp-details" id="jmp-details" aria-label="${escapeAttribute(say(words, 'html.details'))}"></aside>`,
    `<section class="jmp-table-view" id="jmp-table-view" aria-label="${escapeAttribute(say(words, 'html.tableLabel'))}">${journeyTable(journey, words, 'jmp-table', parts.view.format)}</section>`,
    '</main>',
    '</div>',
    '<div class="jmp-live" id="jmp-live" role="status" aria-live="polite"></div>',
    `<script type="application/json" id="jmp-data">${jsonForScript(detailsData(parts.view))}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ];
  const svgStyles = inlineStyleTexts(svg);
  const withFonts = (fonts: EmbeddedFonts): string => {
    const styles = pageStyles(theme, fonts);
    const csp = contentSecurityPolicy({ styles: [styles, ...siteStyles, ...svgStyles], scripts: [PAGE_SCRIPT] });
    return [
      '<!DOCTYPE html>',
      `<html lang="${escapeAttribute(parts.lang ?? words['meta.locale'])}" class="jmp-nojs">`,
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
      ...head,
      `<style>${styles}</style>`,
      ...body,
    ].join('\n');
  };
  return { text: [pageStyles(theme, { faces: [] }), ...head, ...body].join('\n'), withFonts };
}
