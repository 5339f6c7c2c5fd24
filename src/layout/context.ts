// What every part of layout shares: the view's (persona-filtered) journey, theme, grid columns,
// persona styles, words and the fixed sizes of the map. Built once per layoutJourney call; plain data.
import type { Journey, Stage, Touchpoint } from '../model/journey.js';
import type { Theme } from '../theme/theme.js';
import type { CompareView } from '../view/compare-view.js';
import type { Formats } from '../view/formats.js';
import type { JourneyTime } from '../view/journey-time.js';
import type { PersonaStyle } from '../view/journey-view.js';
import type { Words } from '../words/say.js';
import type { TextMemo } from './text-block.js';

/** Fixed sizes in px. Columns are a fixed width so wide journeys grow to the right. */
export const SIZES = {
  margin: 32,
  columnWidth: 200,
  laneTitleWidth: 168,
  minContentWidth: 1100,
  cellPadX: 12,
  cellPadY: 10,
  minLaneHeight: 44,
  stageGap: 4,
  sectionGap: 16,
  maxCellLines: 8,
  emotionLaneHeight: 176,
  markerRadius: 7.5,
  visibilityRowHeight: 24,
  /** KPI cards stop growing here: a one-touchpoint map's wide column would stretch them thin. */
  maxCardWidth: 240,
} as const;

export interface Column {
  readonly index: number;
  readonly x: number;
  readonly width: number;
  readonly stage: Stage;
  readonly stageIndex: number;
  /** Absent for a stage without touchpoints (it still gets one empty column). */
  readonly touchpoint?: Touchpoint;
}

export interface LayoutContext {
  readonly journey: Journey;
  readonly theme: Theme;
  readonly columns: readonly Column[];
  readonly personas: readonly PersonaStyle[];
  /** The view's catalogue: every word layout adds to the map (journey content is the user's). */
  readonly words: Words;
  /** Elapsed time per stage, the total and the longest wait (language 1.1), computed once per layout. */
  readonly time: JourneyTime;
  /** The view's number and date formatter. */
  readonly format: Formats;
  /** The view's comparison with the current-state journey (`compare`), when there is one. */
  readonly compare?: CompareView;
  /** build --site: detail-map links name outputs as the site does (view/detail-link.ts). */
  readonly site?: true;
  /** The view's --persona: detail-map links name that persona's outputs (view/detail-link.ts). */
  readonly persona?: string;
  /** The layout's wrapped texts (text-block.ts TextMemo), made once per layout. */
  readonly text?: TextMemo;
  /** x where touchpoint columns start, and total width of the map. */
  readonly gridX: number;
  readonly gridRight: number;
  readonly width: number;
}

export function buildColumns(journey: Journey): Column[] {
  const count = journey.stages.reduce((n, s) => n + Math.max(1, s.touchpoints.length), 0);
  const available = SIZES.minContentWidth - 2 * SIZES.margin - SIZES.laneTitleWidth;
  // Small journeys widen their columns to a pleasant minimum width; large ones keep 200px.
  const width = Math.max(SIZES.columnWidth, Math.floor(available / Math.max(1, count)));
  const gridX = SIZES.margin + SIZES.laneTitleWidth;
  const columns: Column[] = [];
  journey.stages.forEach((stage, stageIndex) => {
    const tps: readonly (Touchpoint | undefined)[] = stage.touchpoints.length > 0 ? stage.touchpoints : [undefined];
    for (const touchpoint of tps) {
      const index = columns.length;
      columns.push({ index, x: gridX + index * width, width, stage, stageIndex, ...(touchpoint ? { touchpoint } : {}) });
    }
  });
  return columns;
}

/** Persona ids of a touchpoint, or undefined when it involves every persona (no filter needed). */
export function touchpointPersonas(tp: Touchpoint, journey: Journey): readonly string[] | undefined {
  const all = journey.personas.map((p) => p.id);
  return all.every((id) => tp.personas.includes(id)) ? undefined : tp.personas.filter((id) => all.includes(id));
}
