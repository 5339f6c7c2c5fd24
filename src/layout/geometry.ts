// Small geometry helpers for building Scene nodes: 2-decimal rounding (stable bytes in every
// renderer), rectangles, and placing unit-box shapes. No layout decisions here.
import type { PathCommand, RectNode, Stroke } from '../scene/scene.js';

/** Rounds to 2 decimals; normalises -0 so output never prints "-0". */
export function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}

export interface RectStyle {
  readonly fill?: string;
  readonly stroke?: Stroke;
  readonly radius?: number;
  readonly opacity?: number;
}

export function rect(x: number, y: number, width: number, height: number, style: RectStyle = {}): RectNode {
  return {
    kind: 'rect',
    x: round2(x),
    y: round2(y),
    width: round2(width),
    height: round2(height),
    ...(style.radius !== undefined ? { radius: round2(style.radius) } : {}),
    ...(style.fill !== undefined ? { fill: style.fill } : {}),
    ...(style.stroke !== undefined ? { stroke: style.stroke } : {}),
    ...(style.opacity !== undefined ? { opacity: style.opacity } : {}),
  };
}

/** Scales and moves path commands drawn in a unit box (icons, markers). */
export function placeCommands(commands: readonly PathCommand[], x: number, y: number, scale: number): PathCommand[] {
  return commands.map((c): PathCommand => {
    switch (c.op) {
      case 'M':
      case 'L':
        return { op: c.op, x: round2(x + c.x * scale), y: round2(y + c.y * scale) };
      case 'C':
        return {
          op: 'C',
          x1: round2(x + c.x1 * scale),
          y1: round2(y + c.y1 * scale),
          x2: round2(x + c.x2 * scale),
          y2: round2(y + c.y2 * scale),
          x: round2(x + c.x * scale),
          y: round2(y + c.y * scale),
        };
      case 'Z':
        return c;
    }
  });
}
