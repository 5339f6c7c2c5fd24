// The HTML renderer: one self-contained interactive page (inline SVG map, embedded fonts, inline
// script and styles pinned by a CSP) that makes no network request. Reads only the bundled fonts,
// and embeds those the characters of the page need (page-fonts.ts): the page is built but for its
// fonts to learn its characters, then finished with them.
import type { Scene } from '../../scene/scene.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { hasDetailLinks, renderSvg, svgOf } from '../svg/render-svg.js';
import { prepareHtmlPage } from './html-page.js';
import { pageCharacters, pageFonts } from './page-fonts.js';
import { mapPageSite } from './site-nav.js';

export async function renderHtml(scene: Scene, context: RenderContext): Promise<string> {
  // Detail-map links inside the page point to the detail's page: this SVG differs from the shared one.
  const svg = hasDetailLinks(scene.nodes) ? renderSvg(scene, context, { detailExtension: 'html' }) : svgOf(scene, context);
  const { logo: key, brand: text } = context.theme;
  const logo = key === undefined ? undefined : context.assets.get(key);
  const brand = logo ? { logo, ...(text !== undefined ? { text } : {}) } : undefined;
  const site = mapPageSite(context.options);
  const parts = { view: context.view, svg, ...(brand ? { brand } : {}), ...(site ? { site } : {}) };
  const page = prepareHtmlPage(parts);
  return page.withFonts(await pageFonts(pageCharacters(page.text)));
}

export const htmlRenderer: Renderer = {
  format: 'html',
  extension: 'html',
  mediaType: 'text/html',
  render: renderHtml,
};
