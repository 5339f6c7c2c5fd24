// The view of every pain and opportunity across journeys: a count per owner, then every item
// grouped by owner, by stage name and by persona, each with its evidence level and a link to its
// touchpoint on the map.
import { escapeText } from '../render/markup.js';
import { say, type WordId, type Words } from '../words/say.js';
import type { SiteJourney, SiteTouchpoint } from './site-journey.js';
import { sitePage } from './site-layout.js';
import { SITE_PAGES } from './site-paths.js';
import { type Column, siteTable, touchpointLink } from './site-table.js';

const FROM = SITE_PAGES.opportunities;

interface Item {
  readonly kind: 'pain' | 'opportunity';
  readonly text: string;
  readonly journey: SiteJourney;
  readonly touchpoint: SiteTouchpoint;
}

function itemsOf(journeys: readonly SiteJourney[]): Item[] {
  return journeys.flatMap((journey) =>
    journey.touchpoints.flatMap((touchpoint) => [
      ...touchpoint.pains.map((text) => ({ kind: 'pain' as const, text, journey, touchpoint })),
      ...touchpoint.opportunities.map((text) => ({ kind: 'opportunity' as const, text, journey, touchpoint })),
    ]),
  );
}

/** Groups in the locale's alphabetical order of their keys, the items of no group (undefined key) last. */
function groupBy(
  items: readonly Item[],
  keys: (item: Item) => readonly (string | undefined)[],
  collator: Intl.Collator,
): [string | undefined, Item[]][] {
  const groups = new Map<string | undefined, Item[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  const entries = [...groups];
  const named = entries.filter((e): e is [string, Item[]] => e[0] !== undefined).sort((a, b) => collator.compare(a[0], b[0]));
  return [...named, ...entries.filter(([k]) => k === undefined)];
}

const COLUMNS: Column[] = [
  { word: 'site.col.kind' },
  { word: 'site.col.item' },
  { word: 'site.col.journey' },
  { word: 'site.col.stage' },
  { word: 'site.col.touchpoint' },
  { word: 'site.col.owner' },
  { word: 'site.col.evidence' },
];

function rows(items: readonly Item[], words: Words): string[][] {
  return items.map(({ kind, text, journey, touchpoint }) => [
    escapeText(say(words, kind === 'pain' ? 'mark.pain' : 'mark.opportunity')),
    escapeText(text),
    escapeText(journey.title),
    escapeText(touchpoint.stage),
    touchpointLink(FROM, journey, touchpoint.id, touchpoint.name),
    escapeText(touchpoint.owner ?? say(words, 'owner.none')),
    escapeText(say(words, `evidence.${touchpoint.evidence}` as WordId)),
  ]);
}

/** One grouping; the column it groups by (`grouped`) is left out of its tables, as the heading says it. */
function section(
  heading: WordId,
  groups: [string | undefined, Item[]][],
  words: Words,
  grouped: { noKey: string; column?: WordId },
): string {
  const keep = COLUMNS.map((c) => c.word !== grouped.column);
  const columns = COLUMNS.filter((_, i) => keep[i]);
  const parts = groups.map(([key, items]) => {
    const name = key ?? grouped.noKey;
    const cells = rows(items, words).map((row) => row.filter((_, i) => keep[i]));
    return `<div class="group"><h3>${escapeText(name)}</h3>${siteTable(`${say(words, heading)}: ${name}`, columns, cells, words)}</div>`;
  });
  return `<section><h2>${escapeText(say(words, heading))}</h2>${parts.join('\n') || siteTable('', columns, [], words)}</section>`;
}

export function opportunitiesPage(journeys: readonly SiteJourney[], words: Words): string {
  const items = itemsOf(journeys);
  const collator = new Intl.Collator(words['meta.locale']);
  const byOwner = groupBy(items, (i) => [i.touchpoint.owner], collator);
  const counts = byOwner.map(([owner, list]) => [
    escapeText(owner ?? say(words, 'owner.none')),
    String(list.filter((i) => i.kind === 'pain').length),
    String(list.filter((i) => i.kind === 'opportunity').length),
  ]);
  const personaName = new Map<string, string>();
  for (const j of journeys) for (const p of j.personas) if (!personaName.has(p.id)) personaName.set(p.id, p.name);
  const byPersona = groupBy(
    items,
    (i) => (i.journey.personas.length === 0 ? [undefined] : i.touchpoint.personas.flatMap((p) => personaName.get(p) ?? [])),
    collator,
  );
  const body = [
    `<section><h2>${escapeText(say(words, 'site.perOwner'))}</h2>`,
    siteTable(
      say(words, 'site.perOwner'),
      [{ word: 'site.col.owner' }, { word: 'site.col.pains', numeric: true }, { word: 'site.col.opportunities', numeric: true }],
      counts,
      words,
    ),
    '</section>',
    section('site.byOwner', byOwner, words, { noKey: say(words, 'owner.none'), column: 'site.col.owner' }),
    section(
      'site.byStage',
      groupBy(items, (i) => [i.touchpoint.stage], collator),
      words,
      { noKey: '', column: 'site.col.stage' },
    ),
    section('site.byPersona', byPersona, words, { noKey: say(words, 'persona.implicit') }),
  ].join('\n');
  return sitePage({ id: 'opportunities', words, body });
}
