// The portfolio site's pages say only catalogue words: built with the fake catalogue (every value
// in «»), every text and readable attribute of every page is a catalogue value or journey content.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import type { SiteJourney, SiteTouchpoint } from '../../src/site/site-journey.js';
import { contentOf, fake, foreignWords } from './catalogue-check.js';

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');

function pageTexts(html: string): string[] {
  // Links inside a sentence ('«via {touchpoint}»') read as part of it.
  const page = html.replace(/<(style|script|svg)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<\/?a\b[^>]*>/g, '');
  const attributes = [...page.matchAll(/\s(?:aria-label|title|alt|content|placeholder)="([^"]*)"/g)].map((m) => decode(m[1]!));
  const texts = page
    .split(/<[^>]*>/)
    .map((t) => decode(t).trim())
    .filter((t) => t !== '');
  return [...texts, ...attributes.filter((a) => !/^(default-src|width=|no-referrer|journeymap$)/.test(a))];
}

const tp = (id: string, extra: Partial<SiteTouchpoint> = {}): SiteTouchpoint => ({
  id,
  name: `Step ${id}`,
  stage: 'Browse',
  evidence: 'research',
  personas: ['ana'],
  emotion: { ana: 1 },
  pains: ['Slow search'],
  opportunities: ['Better filters'],
  ...extra,
});

const journeys: SiteJourney[] = [
  {
    file: 'maps/a.journey.yaml',
    page: 'maps/a.html',
    title: 'Order overview',
    state: 'current',
    owner: 'CX team',
    updated: '2026-01-10',
    tags: ['orders'],
    personas: [{ id: 'ana', name: 'Ana' }],
    stages: ['Browse'],
    touchpoints: [tp('find', { owner: 'Web', map: 'maps/b.journey.yaml' }), tp('pay', { emotion: { ana: -2 } })],
    kpis: [
      { name: 'NPS', value: 30, target: 40, better: 'higher', met: false, series: [25, 30] },
      { name: 'Conversion', stage: 'Browse', touchpoint: 'find', value: 5, unit: '%', better: 'higher' },
    ],
  },
  {
    file: 'maps/b.journey.yaml',
    page: 'maps/b.html',
    title: 'Doorstep',
    state: 'future',
    tags: [],
    personas: [],
    stages: ['Browse'],
    touchpoints: [tp('ring', { personas: [], emotion: {} })],
    kpis: [],
    compare: 'maps/a.journey.yaml',
  },
];

describe('the portfolio site with a fake catalogue', () => {
  it.each(buildSite(journeys, { words: fake, staleAfterDays: 180, epoch: 0 }).map((f) => [f.path, f.text]))(
    '%s prints only catalogue words and journey content',
    (_path, html) => {
      const content = [...contentOf(journeys), 'en'];
      const foreign = pageTexts(html).flatMap((text) => foreignWords(text, content).map((w) => `${w} in "${text}"`));
      expect(foreign).toEqual([]);
    },
  );

  it('gives the index script its words in the page (the count of cards shown)', () => {
    const index = buildSite(journeys, { words: fake, staleAfterDays: 180, epoch: 0 })[0]!.text;
    expect(index).toContain(`data-template="${fake['site.shown']}"`);
  });
});
