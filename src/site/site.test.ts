// The site's pure parts: relative hrefs between pages, the stale rule at its day boundary, the
// breadcrumbs from the journeys with map links alone, and the tree's compare pairs.
import { describe, expect, it } from 'vitest';
import { mapPageSite } from '../render/html/site-nav.js';
import { en } from '../words/en.js';
import { mapPageOptions } from './build-site.js';
import { isStale } from './client/stale.js';
import { kpisPage } from './kpis-page.js';
import type { JourneySummary, SiteJourney, SiteTouchpoint } from './site-journey.js';
import { pageHref, touchpointHref } from './site-paths.js';
import { breadcrumbOf, siteTree } from './site-tree.js';

const tp = (id: string, map?: string): SiteTouchpoint => ({
  id,
  name: id,
  stage: 'S',
  evidence: 'assumption',
  personas: [],
  emotion: {},
  pains: [],
  opportunities: [],
  ...(map ? { map } : {}),
});
const summary = (file: string, touchpoints: SiteTouchpoint[], extra: Partial<JourneySummary> = {}): JourneySummary => ({
  file,
  title: file.toUpperCase(),
  state: 'current',
  tags: [],
  personas: [],
  stages: ['S'],
  touchpoints,
  kpis: [],
  ...extra,
});
const onSite = (s: JourneySummary, page: string): SiteJourney => ({ ...s, page });

describe('site paths', () => {
  it('links between pages relatively, encoding each segment', () => {
    expect(pageHref('index.html', 'maps/a b.html')).toBe('maps/a%20b.html');
    expect(pageHref('portfolio/kpis.html', 'index.html')).toBe('../index.html');
    expect(pageHref('maps/detail/x.html', 'maps/y.html')).toBe('../y.html');
    expect(pageHref('maps/x.html', 'maps/x.html')).toBe('x.html');
    expect(touchpointHref('portfolio/kpis.html', 'maps/a.html', 'pays')).toBe('../maps/a.html#tp-pays');
  });
});

describe('isStale', () => {
  const at = (date: string): number => Date.parse(date);
  it('is stale after more than the given whole days, or without a date', () => {
    expect(isStale('2026-01-01', at('2026-06-30T23:59:59Z'), 180)).toBe(false); // 180 days and a bit
    expect(isStale('2026-01-01', at('2026-07-01T00:00:00Z'), 180)).toBe(true); // 181 days
    expect(isStale(undefined, at('2026-01-01T00:00:00Z'), 180)).toBe(true);
    expect(isStale('not a date', at('2026-01-01T00:00:00Z'), 180)).toBe(true);
  });
});

describe('breadcrumbs and the tree', () => {
  const top = summary('top.journey.yaml', [tp('a', 'mid.journey.yaml'), tp('b', 'off-site.journey.yaml')]);
  const mid = summary('mid.journey.yaml', [tp('c', 'leaf.journey.yaml')]);
  const pages = new Map([
    ['top.journey.yaml', 'top.html'],
    ['mid.journey.yaml', 'd/mid.html'],
    ['leaf.journey.yaml', 'd/e/leaf.html'],
    ['alone.journey.yaml', 'alone.html'],
  ]);

  it('gives every map page the way back and the overviews above it, from the journeys with links alone', () => {
    const options = mapPageOptions([top, mid], pages);
    expect([...options.keys()]).toEqual([...pages.keys()]);
    expect(mapPageSite({ site: options.get('leaf.journey.yaml') })).toEqual({
      index: '../../index.html',
      trail: [
        { title: 'TOP.JOURNEY.YAML', href: '../../top.html#tp-a' },
        { title: 'MID.JOURNEY.YAML', href: '../mid.html#tp-c' },
      ],
    });
    expect(mapPageSite({ site: options.get('alone.journey.yaml') })).toEqual({ index: 'index.html', trail: [] });
  });

  it('takes the first overview of a detail map two overviews link to, and survives a cycle', () => {
    const other = summary('other.journey.yaml', [tp('x', 'mid.journey.yaml')]);
    const loop = summary('mid.journey.yaml', [tp('c', 'top.journey.yaml')]);
    const tree = siteTree([onSite(top, 'top.html'), onSite(other, 'other.html'), onSite(loop, 'd/mid.html')]);
    expect(breadcrumbOf(tree, 'mid.journey.yaml').map((l) => [l.parent.file, l.touchpoint])).toEqual([['top.journey.yaml', 'a']]);
    expect(breadcrumbOf(tree, 'top.journey.yaml').map((l) => l.parent.file)).toEqual(['mid.journey.yaml']);
  });

  it('pairs a future state with the current state it compares with, when both are on the site', () => {
    const current = onSite(summary('now.journey.yaml', []), 'now.html');
    const future = onSite(summary('next.journey.yaml', [], { state: 'future', compare: 'now.journey.yaml' }), 'next.html');
    const orphan = onSite(summary('lone.journey.yaml', [], { state: 'future', compare: 'gone.journey.yaml' }), 'lone.html');
    expect(siteTree([current, future, orphan]).pairs.map(([a, b]) => [a.file, b.file])).toEqual([
      ['now.journey.yaml', 'next.journey.yaml'],
    ]);
  });
});

describe('the KPIs page', () => {
  it('says "No value yet" for a target without a value and "No target" without a target', () => {
    const journey = onSite(
      summary('a.journey.yaml', [], {
        kpis: [
          { name: 'NPS', target: 45, better: 'higher' },
          { name: 'Reviews', value: 12, better: 'higher' },
        ],
      }),
      'a.html',
    );
    const html = kpisPage([journey], en);
    const row = (name: string) => html.split('<tr').find((r) => r.includes(`>${name}<`)) ?? '';
    expect(row('NPS')).toContain('No value yet');
    expect(row('NPS')).not.toContain('No target');
    expect(row('Reviews')).toContain('No target');
  });
});
