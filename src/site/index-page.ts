// The site's index: a card per journey (title, state, owner, updated, tags, personas, counts, KPI
// health, a small picture of the map) with filters, sort and an offline search that the site
// script brings to life. Staleness is decided where the page is viewed (SOURCE_DATE_EPOCH, when
// the build had one, is written in and used instead), so the bytes never carry the build's clock.

import siteScript from 'virtual:site-script';
import { escapeAttribute, escapeText } from '../render/markup.js';
import { say, sayCount, type WordId, type Words } from '../words/say.js';
import { isStale } from './client/stale.js';
import { mapThumbnail } from './map-thumbnail.js';
import { journeyCounts, type SiteJourney } from './site-journey.js';
import { sitePage } from './site-layout.js';
import { pageHref, SITE_PAGES } from './site-paths.js';

/** The index's script: ./client/ bundled into one minified IIFE (scripts/page-script.mjs). */
export const SITE_SCRIPT: string = siteScript;

export interface IndexOptions {
  readonly words: Words;
  /** Days after `updated` when a journey counts as stale. */
  readonly staleAfterDays: number;
  /** SOURCE_DATE_EPOCH in seconds, or 0 (the page then measures against the viewer's clock). */
  readonly epoch: number;
}

const json = (value: readonly string[]): string => escapeAttribute(JSON.stringify(value));

function card(journey: SiteJourney, options: IndexOptions): string {
  const { words } = options;
  const counts = journeyCounts(journey);
  const search = [journey.title, ...new Set(journey.touchpoints.map((t) => t.name))].join('\n').toLowerCase();
  // Known at build time only when it does not depend on the clock (no date) or the clock is fixed.
  const staleNow =
    journey.updated === undefined || (options.epoch > 0 && isStale(journey.updated, options.epoch * 1000, options.staleAfterDays));
  const staleTitle =
    journey.updated === undefined ? say(words, 'site.notDated') : say(words, 'site.staleTitle', { days: options.staleAfterDays });
  const state: WordId = journey.state === 'future' ? 'state.future' : 'state.current';
  const meta = [
    `<span class="badge badge-${journey.state}">${escapeText(say(words, state))}</span>`,
    `<span class="badge badge-stale"${staleNow ? '' : ' hidden'} title="${escapeAttribute(staleTitle)}">${escapeText(say(words, 'site.stale'))}</span>`,
    ...(journey.owner !== undefined ? [`<span>${escapeText(say(words, 'owner.of', { owner: journey.owner }))}</span>`] : []),
    `<span>${escapeText(journey.updated !== undefined ? say(words, 'html.updated', { date: journey.updated }) : say(words, 'site.notDated'))}</span>`,
  ];
  const numbers = [
    sayCount(words, 'count.stages', journey.stages.length),
    sayCount(words, 'count.touchpoints', journey.touchpoints.length),
    sayCount(words, 'count.pains', counts.pains),
    sayCount(words, 'count.opportunities', counts.opportunities),
  ].join(' · ');
  const health = say(words, 'site.kpiHealth', { met: counts.met, missed: counts.missed });
  const tags = journey.tags.length
    ? `<ul class="tags" aria-label="${escapeAttribute(say(words, 'site.filter.tag'))}">${journey.tags.map((t) => `<li>${escapeText(t)}</li>`).join('')}</ul>`
    : '';
  const personas = journey.personas.length
    ? `<p class="meta">${escapeText(`${say(words, 'html.personas')}: ${journey.personas.map((p) => p.name).join(', ')}`)}</p>`
    : '';
  const attributes = [
    `data-state="${journey.state}"`,
    `data-owner="${escapeAttribute(journey.owner ?? '')}"`,
    `data-updated="${escapeAttribute(journey.updated ?? '')}"`,
    `data-tags="${json(journey.tags)}"`,
    `data-personas="${json(journey.personas.map((p) => p.id))}"`,
    `data-search="${escapeAttribute(search)}"`,
  ].join(' ');
  return (
    `<li class="card" ${attributes}>` +
    `<h2><a href="${escapeAttribute(pageHref(SITE_PAGES.index, journey.page))}">${escapeText(journey.title)}</a></h2>` +
    `<p class="meta">${meta.join('')}</p>` +
    mapThumbnail(journey) +
    `<p class="meta">${escapeText(numbers)}</p>` +
    `<p class="meta ${counts.missed > 0 ? 'health-missed' : 'health-met'}">${escapeText(health)}</p>` +
    tags +
    personas +
    '</li>'
  );
}

function select(id: string, label: WordId, options: readonly (readonly [string, string])[], words: Words): string {
  const items = [
    `<option value="">${escapeText(say(words, 'site.filter.any'))}</option>`,
    ...options.map(([value, text]) => `<option value="${escapeAttribute(value)}">${escapeText(text)}</option>`),
  ];
  return `<label>${escapeText(say(words, label))}<select id="${id}">${items.join('')}</select></label>`;
}

function filters(journeys: readonly SiteJourney[], words: Words): string {
  const collator = new Intl.Collator(words['meta.locale']);
  const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort(collator.compare);
  const owners = sorted(journeys.flatMap((j) => (j.owner !== undefined ? [j.owner] : [])));
  const tags = sorted(journeys.flatMap((j) => j.tags));
  const personas = new Map<string, string>();
  for (const j of journeys) for (const p of j.personas) if (!personas.has(p.id)) personas.set(p.id, p.name);
  const personaOptions = [...personas].sort((a, b) => collator.compare(a[1], b[1]) || collator.compare(a[0], b[0]));
  const sort: [string, WordId][] = [
    ['title', 'site.sort.title'],
    ['updated', 'site.sort.updated'],
    ['owner', 'site.sort.owner'],
  ];
  return (
    `<form class="filters" id="filters" role="search" aria-label="${escapeAttribute(say(words, 'site.filters'))}">` +
    `<label>${escapeText(say(words, 'site.search'))}<input type="search" id="q" autocomplete="off"></label>` +
    select(
      'f-state',
      'site.filter.state',
      [
        ['current', say(words, 'state.current')],
        ['future', say(words, 'state.future')],
      ],
      words,
    ) +
    select(
      'f-owner',
      'site.filter.owner',
      owners.map((o) => [o, o]),
      words,
    ) +
    select(
      'f-tag',
      'site.filter.tag',
      tags.map((t) => [t, t]),
      words,
    ) +
    select('f-persona', 'site.filter.persona', personaOptions, words) +
    `<label>${escapeText(say(words, 'site.sort'))}<select id="sort">${sort.map(([v, w]) => `<option value="${v}">${escapeText(say(words, w))}</option>`).join('')}</select></label>` +
    '</form>'
  );
}

/** The index page: journeys in title order (the script re-sorts on request). */
export function indexPage(journeys: readonly SiteJourney[], options: IndexOptions): string {
  const { words } = options;
  // Numeric: "Journey 2" before "Journey 10".
  const collator = new Intl.Collator(words['meta.locale'], { numeric: true });
  const ordered = [...journeys].sort((a, b) => collator.compare(a.title, b.title) || (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  const total = String(journeys.length);
  const body = [
    filters(journeys, words),
    `<p class="shown" id="shown" role="status" data-template="${escapeAttribute(say(words, 'site.shown'))}">${escapeText(say(words, 'site.shown', { shown: total, total }))}</p>`,
    `<p class="empty" id="none" hidden>${escapeText(say(words, 'site.none'))}</p>`,
    `<ul class="cards" id="cards" data-stale-days="${options.staleAfterDays}" data-epoch="${options.epoch}">`,
    ...ordered.map((j) => card(j, options)),
    '</ul>',
  ].join('\n');
  return sitePage({ id: 'index', words, body, scripts: [SITE_SCRIPT] });
}
