// The view of each persona across journeys (a persona from an imported library has the same id
// everywhere, so it is one persona here): every journey and touchpoint it takes part in, with its
// emotion there, each linked to the touchpoint on the map.
import { escapeText } from '../render/markup.js';
import { say, sayCount, type WordId, type Words } from '../words/say.js';
import type { SiteJourney } from './site-journey.js';
import { sitePage } from './site-layout.js';
import { SITE_PAGES } from './site-paths.js';
import { siteTable, touchpointLink } from './site-table.js';

const FROM = SITE_PAGES.personas;

const EMOTION: readonly WordId[] = [
  'html.emotion.veryNegative',
  'html.emotion.negative',
  'html.emotion.neutral',
  'html.emotion.positive',
  'html.emotion.veryPositive',
];

function emotionText(value: number | undefined, words: Words): string {
  if (value === undefined) return '';
  const word = EMOTION[Math.max(0, Math.min(4, Math.round(value) + 2))]!;
  return `${value > 0 ? '+' : ''}${value} (${say(words, word)})`;
}

export function personasPage(journeys: readonly SiteJourney[], words: Words): string {
  const personas = new Map<string, { name: string; journeys: SiteJourney[] }>();
  for (const journey of journeys) {
    for (const p of journey.personas) {
      const entry = personas.get(p.id);
      if (entry) entry.journeys.push(journey);
      else personas.set(p.id, { name: p.name, journeys: [journey] });
    }
  }
  const sections = [...personas].map(([id, { name, journeys: theirs }]) => {
    let takesPart = 0;
    const rows = theirs.flatMap((journey) => {
      const steps = journey.touchpoints.filter((tp) => tp.personas.includes(id));
      if (steps.length > 0) takesPart++;
      return steps.map((tp) => [
        escapeText(journey.title),
        escapeText(tp.stage),
        touchpointLink(FROM, journey, tp.id, tp.name),
        escapeText(emotionText(tp.emotion[id], words)),
      ]);
    });
    const counts = say(words, 'site.personaIn', {
      journeys: sayCount(words, 'cli.journeys', takesPart),
      touchpoints: sayCount(words, 'count.touchpoints', rows.length),
    });
    const table = siteTable(
      name,
      [{ word: 'site.col.journey' }, { word: 'site.col.stage' }, { word: 'site.col.touchpoint' }, { word: 'site.col.emotion' }],
      rows,
      words,
    );
    return `<section class="group"><h2>${escapeText(name)}</h2><p>${escapeText(counts)}</p>${table}</section>`;
  });
  const body = sections.length ? sections.join('\n') : `<p class="empty">${escapeText(say(words, 'site.noItems'))}</p>`;
  return sitePage({ id: 'personas', words, body });
}
