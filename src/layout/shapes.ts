// Unit-size vector shapes as PathCommand[]: persona marker outlines (radius 1 around 0,0), the
// face drawn inside emotion markers, and status symbols. Geometry only: no colours, no placing.
import type { MarkerShape, PathCommand } from '../scene/scene.js';

const K = 0.5523; // cubic Bézier handle length for a quarter circle

export function circlePath(cx: number, cy: number, r: number): PathCommand[] {
  const k = r * K;
  return [
    { op: 'M', x: cx + r, y: cy },
    { op: 'C', x1: cx + r, y1: cy + k, x2: cx + k, y2: cy + r, x: cx, y: cy + r },
    { op: 'C', x1: cx - k, y1: cy + r, x2: cx - r, y2: cy + k, x: cx - r, y: cy },
    { op: 'C', x1: cx - r, y1: cy - k, x2: cx - k, y2: cy - r, x: cx, y: cy - r },
    { op: 'C', x1: cx + k, y1: cy - r, x2: cx + r, y2: cy - k, x: cx + r, y: cy },
    { op: 'Z' },
  ];
}

const polygon = (points: readonly (readonly [number, number])[]): PathCommand[] => [
  ...points.map(([x, y], i): PathCommand => ({ op: i === 0 ? 'M' : 'L', x, y })),
  { op: 'Z' },
];

const regular = (n: number, r: number, rotation: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / n;
    return [Math.round(Math.cos(a) * r * 1000) / 1000, Math.round(Math.sin(a) * r * 1000) / 1000];
  });

/** Marker outlines of roughly equal visual weight, radius ~1 around the origin. */
export function markerPath(shape: MarkerShape): PathCommand[] {
  switch (shape) {
    case 'circle':
      return circlePath(0, 0, 1);
    case 'square':
      return polygon([
        [-0.88, -0.88],
        [0.88, -0.88],
        [0.88, 0.88],
        [-0.88, 0.88],
      ]);
    case 'diamond':
      return polygon([
        [0, -1.2],
        [1.2, 0],
        [0, 1.2],
        [-1.2, 0],
      ]);
    case 'triangle':
      return polygon([
        [0, -1.25],
        [1.2, 0.9],
        [-1.2, 0.9],
      ]);
    case 'triangle-down':
      return polygon([
        [-1.2, -0.9],
        [1.2, -0.9],
        [0, 1.25],
      ]);
    case 'hexagon':
      return polygon(regular(6, 1.1, Math.PI / 6));
  }
}

/** A face for an emotion value: smile, flat mouth or frown, so good/bad reads without colour. */
export function facePath(value: number): PathCommand[] {
  const eyes: PathCommand[] = [
    { op: 'M', x: -0.32, y: -0.4 },
    { op: 'L', x: -0.32, y: -0.12 },
    { op: 'M', x: 0.32, y: -0.4 },
    { op: 'L', x: 0.32, y: -0.12 },
  ];
  if (value > 0.25)
    return [...eyes, { op: 'M', x: -0.45, y: 0.12 }, { op: 'C', x1: -0.25, y1: 0.55, x2: 0.25, y2: 0.55, x: 0.45, y: 0.12 }];
  if (value < -0.25) return [...eyes, { op: 'M', x: -0.45, y: 0.5 }, { op: 'C', x1: -0.25, y1: 0.1, x2: 0.25, y2: 0.1, x: 0.45, y: 0.5 }];
  return [...eyes, { op: 'M', x: -0.42, y: 0.3 }, { op: 'L', x: 0.42, y: 0.3 }];
}

/** Five-pointed star (moment of truth), radius 1. */
export const starPath = (): PathCommand[] =>
  polygon(
    Array.from({ length: 10 }, (_, i): [number, number] => {
      const r = i % 2 === 0 ? 1 : 0.45;
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      return [Math.round(Math.cos(a) * r * 1000) / 1000, Math.round(Math.sin(a) * r * 1000) / 1000];
    }),
  );

/** Stroked symbols within radius 1: drawn in white on a coloured disc. */
export const checkPath = (): PathCommand[] => [
  { op: 'M', x: -0.5, y: 0 },
  { op: 'L', x: -0.12, y: 0.4 },
  { op: 'L', x: 0.5, y: -0.38 },
];
export const crossPath = (): PathCommand[] => [
  { op: 'M', x: -0.4, y: -0.4 },
  { op: 'L', x: 0.4, y: 0.4 },
  { op: 'M', x: 0.4, y: -0.4 },
  { op: 'L', x: -0.4, y: 0.4 },
];
export const plusPath = (): PathCommand[] => [
  { op: 'M', x: -0.5, y: 0 },
  { op: 'L', x: 0.5, y: 0 },
  { op: 'M', x: 0, y: -0.5 },
  { op: 'L', x: 0, y: 0.5 },
];
export const minusPath = (): PathCommand[] => [
  { op: 'M', x: -0.5, y: 0 },
  { op: 'L', x: 0.5, y: 0 },
];
