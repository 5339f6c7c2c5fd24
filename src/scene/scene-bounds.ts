// Bounding boxes of Scene nodes (in scene px): PDF link areas and tile culling, test probes.
// Pure geometry over the Scene types; never measures text (TextNode.box is the text's extent).
import type { PathCommand, SceneNode } from './scene.js';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const union = (a: Box | undefined, b: Box | undefined): Box | undefined => {
  if (!a) return b;
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
};

/** Every point a path names (ends and Bézier control points), as x and y lists. */
export function pathPoints(commands: readonly PathCommand[]): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of commands) {
    if (c.op === 'Z') continue;
    xs.push(c.x);
    ys.push(c.y);
    if (c.op === 'C') {
      xs.push(c.x1, c.x2);
      ys.push(c.y1, c.y2);
    }
  }
  return { xs, ys };
}

export function nodeBounds(node: SceneNode): Box | undefined {
  switch (node.kind) {
    case 'rect':
    case 'image':
      return { x: node.x, y: node.y, width: node.width, height: node.height };
    case 'text':
      return node.box;
    case 'path': {
      // Bezier control points bound the curve, so the box is conservative.
      const { xs, ys } = pathPoints(node.commands);
      if (xs.length === 0) return undefined;
      const pad = (node.stroke?.width ?? 0) / 2;
      const x = Math.min(...xs) - pad;
      const y = Math.min(...ys) - pad;
      return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
    }
    case 'group':
      return node.children.reduce<Box | undefined>((acc, child) => union(acc, nodeBounds(child)), undefined);
  }
}

export const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
