// The English word catalogue: every word a map, page, slide, sheet or the CLI shows to a user,
// keyed by message id, so the same thing has the same name in every format. Other locales are
// typed as Words and must define every id; `{name}` marks a value filled in by say().
export const en = {
  // KPI status, the same words on the map, the PDF KPI page, the HTML panel and the summaries.
  'kpi.met': 'On target',
  'kpi.missed': 'Off target',
  'kpi.unknown': 'No target',
  'kpi.lowerIsBetter': 'Lower is better',
  'kpi.higherIsBetter': 'Higher is better',
  // Marks and legend entries on the map.
  'mark.momentOfTruth': 'Moment of truth',
  'mark.pain': 'Pain point',
  'mark.opportunity': 'Opportunity',
  'map.lineOfVisibility': 'Line of visibility',
  'owner.none': 'No owner',
  // Summary sections (PDF pages and bookmarks, slides, sheets).
  'section.map': 'Journey map',
  'section.personas': 'Personas',
  'section.kpis': 'KPIs',
  'section.actions': 'Action list',
  // Journey state.
  'state.current': 'Current state',
  'state.future': 'Future state',
} as const satisfies Record<string, string>;

export type WordId = keyof typeof en;
/** A complete catalogue: a locale that misses an id does not compile. */
export type Words = { readonly [K in WordId]: string };
