// A map page that is part of the portfolio site: the `site` render option becomes the nav (way back
// and breadcrumb, escaped), its style is pinned in the CSP, and a malformed option adds nothing.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleJourney } from '../../../test/support/journeys.js';
import { defaultTheme } from '../../theme/themes.js';
import { journeyView } from '../../view/journey-view.js';
import { buildHtmlPage } from './html-page.js';
import { mapPageSite, SITE_NAV_STYLES, siteOption } from './site-nav.js';

const FONTS = {
  faces: [
    { weight: 400, mediaType: 'font/woff2', unicodeRange: 'U+20-7E', base64: 'AAAA' },
    { weight: 600, mediaType: 'font/woff2', unicodeRange: 'U+20-7E', base64: 'BBBB' },
    { weight: 400, mediaType: 'font/ttf', unicodeRange: 'U+4E00', base64: 'CCCC' },
  ],
};
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
/** The hash source as the CSP meta attribute carries it (its quotes escaped). */
const sha = (text: string): string => `&#39;sha256-${createHash('sha256').update(text).digest('base64')}&#39;`;

describe('the map page on a site', () => {
  const site = { index: '../index.html', trail: [{ title: 'Over <view> & "more"', href: '../o.html#tp-a b' }] };
  const view = journeyView(sampleJourney, { theme: defaultTheme });

  it('reads the option back as written, and nothing from a malformed one', () => {
    expect(mapPageSite({ site: siteOption(site) })).toEqual(site);
    expect(mapPageSite({})).toBeUndefined();
    expect(mapPageSite({ site: '{not json' })).toBeUndefined();
    expect(mapPageSite({ site: JSON.stringify({ index: 1, trail: [] }) })).toBeUndefined();
    expect(mapPageSite({ site: JSON.stringify({ index: 'i.html', trail: [{ title: 'x' }] }) })).toBeUndefined();
  });

  it('shows the way back and the breadcrumb, escaped, with its style pinned by the CSP', () => {
    const html = buildHtmlPage({ view, svg: SVG, fonts: FONTS, site });
    expect(html).toContain(
      '<nav class="jmp-site-nav" aria-label="Breadcrumb"><ol><li><a href="../index.html">All journeys</a></li>' +
        '<li><a href="../o.html#tp-a b">Over &lt;view&gt; &amp; "more"</a></li>' +
        `<li><span aria-current="page">${sampleJourney.title}</span></li></ol></nav>`,
    );
    expect(html).toContain(`<style>${SITE_NAV_STYLES}</style>`);
    expect(html).toContain(sha(SITE_NAV_STYLES));
  });

  it('adds nothing to a page that is not on a site', () => {
    const html = buildHtmlPage({ view, svg: SVG, fonts: FONTS });
    expect(html).not.toContain('jmp-site-nav');
    expect(html).not.toContain(sha(SITE_NAV_STYLES));
  });
});
