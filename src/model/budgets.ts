// What one map may hold: limits generous for real maps (the examples hold 5-8 stages and ~20
// touchpoints; the 12x15x3 bench journey 180) that keep layout and every renderer in seconds and
// well under 1 GB. docs/language.md lists them; check-budgets.ts enforces them before layout.

export interface Budget {
  /** How the limit is named in messages and docs: "30 items per list". */
  readonly unit: string;
  readonly limit: number;
}

export const BUDGETS = {
  /** Stages of one journey. */
  stages: { limit: 40, unit: 'stages' },
  /** Touchpoints of one stage. */
  touchpointsPerStage: { limit: 40, unit: 'touchpoints per stage' },
  /** Touchpoints of the whole map: its columns. */
  touchpoints: { limit: 300, unit: 'touchpoints in all' },
  /** Personas, imported ones included: one emotion curve each. */
  personas: { limit: 12, unit: 'personas' },
  /** KPIs of the journey, of one stage or of one touchpoint. */
  kpisPerList: { limit: 12, unit: 'KPIs per list' },
  /** KPIs of the whole map: one card each. */
  kpis: { limit: 400, unit: 'KPIs in all' },
  /** Any other list: pains, opportunities, systems, goals, tags, channels, lanes, imports… */
  listItems: { limit: 50, unit: 'items per list' },
  /** Keys of one mapping (a touchpoint has 19 at most, a journey 13). */
  mappingEntries: { limit: 50, unit: 'entries per mapping' },
  /** One text (a name, a pain, a note) or key, in characters (UTF-16 units). */
  textCharacters: { limit: 2_000, unit: 'characters per text' },
  /** All texts of the map together, aliases expanded: what layout wraps and renderers draw. */
  allText: { limit: 250_000, unit: 'characters of text in all' },
  /** Touchpoints times lanes: the cells of the map's grid, the scene's size. */
  mapCells: { limit: 6_000, unit: 'map cells (touchpoints x lanes)' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;
