// A tiny stand-in for a canvas context: d3-shape draws into it and it records PathCommand[]
// (rounded to 2 decimals) instead of an SVG string, so every renderer paints the same data.
// Only the calls line() + curveMonotoneX make are supported; arcs throw (not needed here).
import type { PathCommand } from '../scene/scene.js';
import { round2 } from './geometry.js';

export interface PathRecorder {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void;
  closePath(): void;
  readonly commands: PathCommand[];
}

export function createPathRecorder(): PathRecorder {
  const commands: PathCommand[] = [];
  return {
    commands,
    moveTo: (x, y) => void commands.push({ op: 'M', x: round2(x), y: round2(y) }),
    lineTo: (x, y) => void commands.push({ op: 'L', x: round2(x), y: round2(y) }),
    bezierCurveTo: (x1, y1, x2, y2, x, y) =>
      void commands.push({
        op: 'C',
        x1: round2(x1),
        y1: round2(y1),
        x2: round2(x2),
        y2: round2(y2),
        x: round2(x),
        y: round2(y),
      }),
    closePath: () => void commands.push({ op: 'Z' }),
  };
}
