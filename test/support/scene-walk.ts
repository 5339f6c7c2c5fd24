// Scene walking helpers for tests: flatten groups, collect text boxes and every point a node
// covers, so fit/overlap/bounds properties can be asserted on any Scene.
import type { GroupNode, PathCommand, Scene, SceneNode, TextNode } from '../../src/scene/scene.js';

export function flatten(nodes: readonly SceneNode[]): SceneNode[] {
  return nodes.flatMap((n) => (n.kind === 'group' ? [n, ...flatten(n.children)] : [n]));
}

export const textNodes = (scene: Scene): TextNode[] => flatten(scene.nodes).filter((n): n is TextNode => n.kind === 'text');
export const groups = (scene: Scene): GroupNode[] => flatten(scene.nodes).filter((n): n is GroupNode => n.kind === 'group');

export function commandPoints(commands: readonly PathCommand[]): [number, number][] {
  return commands.flatMap((c): [number, number][] => {
    switch (c.op) {
      case 'M':
      case 'L':
        return [[c.x, c.y]];
      case 'C':
        return [
          [c.x1, c.y1],
          [c.x2, c.y2],
          [c.x, c.y],
        ];
      case 'Z':
        return [];
    }
  });
}

/** Axis-aligned extent of a leaf node: [x0, y0, x1, y1]. */
export function extent(node: SceneNode): [number, number, number, number] | undefined {
  switch (node.kind) {
    case 'rect':
    case 'image':
      return [node.x, node.y, node.x + node.width, node.y + node.height];
    case 'text':
      return [node.box.x, node.box.y, node.box.x + node.box.width, node.box.y + node.box.height];
    case 'path': {
      const pts = commandPoints(node.commands);
      if (pts.length === 0) return undefined;
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }
    case 'group':
      return undefined;
  }
}
