// The smallest font size in a Scene, so the PDF page plan can keep text readable when scaling.
// Pure over the Scene types; never measures text.
import type { SceneNode } from '../../scene/scene.js';

/** The smallest font size (px) of any non-empty text in the Scene, or undefined without text. */
export function minFontSize(nodes: readonly SceneNode[]): number | undefined {
  let min: number | undefined;
  const visit = (node: SceneNode): void => {
    if (node.kind === 'group') node.children.forEach(visit);
    else if (node.kind === 'text' && node.lines.some((l) => l.text.trim() !== '') && node.font.size > 0) {
      min = min === undefined ? node.font.size : Math.min(min, node.font.size);
    }
  };
  nodes.forEach(visit);
  return min;
}
