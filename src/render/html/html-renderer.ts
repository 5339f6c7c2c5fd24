// The HTML renderer: one self-contained interactive page (inline SVG map, embedded fonts, inline
// script and styles pinned by a CSP) that makes no network request. Reads only the bundled fonts.
import { readBundledFont } from '../../assets/bundled-fonts.js';
import type { Scene } from '../../scene/scene.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { hasDetailLinks, renderSvg, svgOf } from '../svg/render-svg.js';
import { buildHtmlPage } from './html-page.js';
import { mapPageSite } from './site-nav.js';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export async function renderHtml(scene: Scene, context: RenderContext): Promise<string> {
  // Detail-map links inside the page point to the detail's page: this SVG differs from the shared one.
  const svg = hasDetailLinks(scene.nodes) ? renderSvg(scene, context, { detailExtension: 'html' }) : svgOf(scene, context);
  const fonts = { regular: base64(readBundledFont('regular')), semibold: base64(readBundledFont('semibold')) };
  const { logo: key, brand: text } = context.theme;
  const logo = key === undefined ? undefined : context.assets.get(key);
  const brand = logo ? { logo, ...(text !== undefined ? { text } : {}) } : undefined;
  const site = mapPageSite(context.options);
  return buildHtmlPage({ view: context.view, svg, fonts, ...(brand ? { brand } : {}), ...(site ? { site } : {}) });
}

export const htmlRenderer: Renderer = {
  format: 'html',
  extension: 'html',
  mediaType: 'text/html',
  render: renderHtml,
};
