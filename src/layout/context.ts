// What every part of layout shares: the (persona-filtered) journey, theme, grid columns, persona
// styles and the fixed sizes of the map. Built once per layoutJourney call; plain data.
import type { Journey, Stage, Touchpoint } from '../model/journey.js';
import type { Theme } from '../theme/theme.js';
import type { MarkerShape } from './shapes.js';
import { MARKER_SHAPES } from './shapes.js';

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

export interface PersonaStyle {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly dash?: readonly number[];
  readonly marker: MarkerShape;
}

export interface LayoutContext {
  readonly journey: Journey;
  readonly theme: Theme;
  readonly columns: readonly Column[];
  readonly personas: readonly PersonaStyle[];
  /** x where touchpoint columns start, and total width of the map. */
  readonly gridX: number;
  readonly gridRight: number;
  readonly width: number;
}

const DASHES: readonly (readonly number[] | undefined)[] = [undefined, [7, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 5]];

function rgb(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) return undefined;
  const v = parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function similar(a: string, b: string): boolean {
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return a.toLowerCase() === b.toLowerCase();
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]) < 90;
}

/**
 * Colour, dash and marker per persona. Personas without a `color` take palette colours in order,
 * skipping those too close to a colour another persona chose, so two curves never look alike.
 */
export function personaStyles(journey: Journey, theme: Theme): PersonaStyle[] {
  const chosen = journey.personas.flatMap((p) => (p.color ? [p.color] : []));
  const palette = theme.personaPalette.filter((c) => !chosen.some((x) => similar(c, x)));
  const colors = palette.length > 0 ? palette : theme.personaPalette;
  let next = 0;
  return journey.personas.map((p, i) => {
    const dash = DASHES[i % DASHES.length];
    const color = p.color ?? colors[next++ % colors.length] ?? theme.colors.accent;
    // Colours and dashes repeat after six personas; each later round shifts the markers by one,
    // so persona 7 never looks exactly like persona 1 (dash and marker pairs stay unique up to 36).
    const round = Math.floor(i / DASHES.length);
    return {
      id: p.id,
      name: p.name,
      color,
      marker: MARKER_SHAPES[(i + round) % MARKER_SHAPES.length] ?? 'circle',
      ...(dash ? { dash } : {}),
    };
  });
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
