// The view of every KPI of every journey: value, target, met or missed, and its trend where it
// has data (first and last point of its series), each linked to where it lives on its map.
import { kpiStatus } from '../model/kpi-met.js';
import { escapeText } from '../render/markup.js';
import { KPI_STATUS_WORD } from '../words/kpi-status-word.js';
import { say, type Words } from '../words/say.js';
import type { SiteJourney, SiteKpi } from './site-journey.js';
import { sitePage } from './site-layout.js';
import { SITE_PAGES } from './site-paths.js';
import { siteTable, touchpointLink } from './site-table.js';

const FROM = SITE_PAGES.kpis;

const number = (value: number | undefined, unit: string | undefined, format: Intl.NumberFormat): string =>
  value === undefined ? '' : `${format.format(value)}${unit ?? ''}`;

function status(kpi: SiteKpi, words: Words): string {
  if (kpi.met === true) return `<span class="met">✓ ${escapeText(say(words, 'kpi.met'))}</span>`;
  if (kpi.met === false) return `<span class="missed">✗ ${escapeText(say(words, 'kpi.missed'))}</span>`;
  return escapeText(say(words, KPI_STATUS_WORD[kpiStatus(kpi)]));
}

function trend(kpi: SiteKpi, words: Words, format: Intl.NumberFormat): string {
  const series = kpi.series;
  if (!series || series.length < 2) return escapeText(say(words, 'site.noData'));
  const from = series[0]!;
  const to = series[series.length - 1]!;
  const id = to > from ? 'site.trend.up' : to < from ? 'site.trend.down' : 'site.trend.flat';
  return escapeText(say(words, id, { from: format.format(from), to: format.format(to) }));
}

function where(journey: SiteJourney, kpi: SiteKpi, words: Words): string {
  if (kpi.touchpoint !== undefined) {
    const tp = journey.touchpoints.find((t) => t.id === kpi.touchpoint);
    if (tp) return touchpointLink(FROM, journey, tp.id, `${tp.stage} › ${tp.name}`);
  }
  return escapeText(kpi.stage !== undefined ? say(words, 'kpi.where.stage', { stage: kpi.stage }) : say(words, 'kpi.where.journey'));
}

export function kpisPage(journeys: readonly SiteJourney[], words: Words): string {
  const format = new Intl.NumberFormat(words['meta.locale'], { maximumFractionDigits: 2 });
  const rows = journeys.flatMap((journey) =>
    journey.kpis.map((kpi) => [
      escapeText(kpi.name),
      escapeText(journey.title),
      where(journey, kpi, words),
      escapeText(number(kpi.value, kpi.unit, format)),
      escapeText(number(kpi.target, kpi.unit, format)),
      status(kpi, words),
      trend(kpi, words, format),
    ]),
  );
  const all = journeys.flatMap((j) => j.kpis);
  const summary = say(words, 'site.kpiHealth', {
    met: all.filter((k) => k.met === true).length,
    missed: all.filter((k) => k.met === false).length,
  });
  const body = [
    `<p>${escapeText(summary)}</p>`,
    siteTable(
      say(words, 'site.page.kpis'),
      [
        { word: 'site.col.kpi' },
        { word: 'site.col.journey' },
        { word: 'site.col.where' },
        { word: 'site.col.value', numeric: true },
        { word: 'site.col.target', numeric: true },
        { word: 'site.col.status' },
        { word: 'site.col.trend' },
      ],
      rows,
      words,
    ),
  ].join('\n');
  return sitePage({ id: 'kpis', words, body });
}
