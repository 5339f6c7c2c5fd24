// Each persona's colour, dash and marker: the one rule every format draws personas with.
// Computed from the whole journey, so a persona keeps its style in a one-persona view.
import type { Journey } from '../model/journey.js';
import { MARKER_SHAPES, type MarkerShape } from '../scene/scene.js';
import type { Theme } from '../theme/theme.js';

export interface PersonaStyle {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly dash?: readonly number[];
  readonly marker: MarkerShape;
}

const DASHES: readonly (readonly number[] | undefined)[] = [undefined, [7, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 5]];
/** Palette colours closer than this (RGB distance) to a colour a persona chose are skipped. */
const SIMILAR_DISTANCE = 90;

function rgb(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) return undefined;
  const v = Number.parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function similar(a: string, b: string): boolean {
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return a.toLowerCase() === b.toLowerCase();
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]) < SIMILAR_DISTANCE;
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
