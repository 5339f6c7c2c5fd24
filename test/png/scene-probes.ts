// Finds points of a Scene whose colour is known without rendering: the centre of every opaque,
// filled rect that nothing painted later overlaps. Tests compare PNG pixels there with the fill.
import type { RectNode, Scene, SceneNode } from '../../src/scene/scene.js';
import { type Box, nodeBounds } from '../../src/scene/scene-bounds.js';

export interface ColorProbe {
  readonly x: number;
  readonly y: number;
  /** [r, g, b] 0-255. */
  readonly rgb: readonly [number, number, number];
  readonly what: string;
}

/** The nodes in paint order, groups flattened, with the role of the nearest group. */
function paintOrder(nodes: readonly SceneNode[], role = ''): { node: SceneNode; role: string }[] {
  return nodes.flatMap((node) => (node.kind === 'group' ? paintOrder(node.children, node.role ?? role) : [{ node, role }]));
}

/** A node's box; a path's grows 1px more for the anti-aliased pixels beyond its stroke. */
function bounds(node: SceneNode): Box | undefined {
  const box = nodeBounds(node);
  if (!box || node.kind !== 'path') return box;
  return { x: box.x - 1, y: box.y - 1, width: box.width + 2, height: box.height + 2 };
}

const contains = (r: Box, x: number, y: number, margin: number): boolean =>
  x >= r.x - margin && x <= r.x + r.width + margin && y >= r.y - margin && y <= r.y + r.height + margin;

export function hexToRgb(color: string): [number, number, number] | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((h) => h + h) : undefined;
  return parts ? (parts.map((h) => parseInt(h, 16)) as [number, number, number]) : undefined;
}

/** Candidate points inside a rect, centre first, kept clear of its edges and rounded corners. */
function candidates(rect: RectNode): { x: number; y: number }[] {
  const inset = Math.max(3, rect.radius ?? 0);
  const points = [{ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }];
  for (const fy of [0.5, 0.25, 0.75, 0.1, 0.9]) {
    for (const fx of [0.5, 0.25, 0.75, 0.1, 0.9]) {
      const x = rect.x + inset + (rect.width - 2 * inset) * fx;
      const y = rect.y + inset + (rect.height - 2 * inset) * fy;
      points.push({ x, y });
    }
  }
  return points;
}

/**
 * One probe per opaque hex-filled rect at least `minSize` px on each side: its centre, or the
 * first point of a grid inside it that no later-painted node's box comes within 2px of.
 */
export function colorProbes(scene: Scene, minSize = 8): ColorProbe[] {
  const ordered = paintOrder(scene.nodes);
  return ordered.flatMap(({ node, role }, index): ColorProbe[] => {
    if (node.kind !== 'rect') return [];
    const rect: RectNode = node;
    const rgb = rect.fill === undefined ? undefined : hexToRgb(rect.fill);
    if (!rgb || (rect.opacity ?? 1) < 1 || rect.width < minSize || rect.height < minSize) return [];
    const later = ordered.slice(index + 1).flatMap(({ node: n }) => bounds(n) ?? []);
    const point = candidates(rect).find(({ x, y }) => !later.some((box) => contains(box, x, y, 2)));
    return point ? [{ ...point, rgb, what: `${role || 'rect'} at ${rect.x},${rect.y}` }] : [];
  });
}
