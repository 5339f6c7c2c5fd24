// Left-to-right flow with wrapping, for legend items, tags and KPI cards whose widths vary.
// Items are measured first (width, height), then built where the flow puts them, each centred
// vertically in its row.
import type { SceneNode } from '../scene/scene.js';

export interface FlowItem {
  readonly width: number;
  readonly height: number;
  build(x: number, y: number): readonly SceneNode[];
}

export interface FlowResult {
  readonly nodes: SceneNode[];
  readonly width: number;
  readonly height: number;
}

export function flow(
  items: readonly FlowItem[],
  at: { x: number; y: number; maxWidth: number },
  gap: { x: number; y: number },
): FlowResult {
  const rows: { item: FlowItem; x: number }[][] = [];
  let x = at.x;
  let widest = 0;
  for (const item of items) {
    const row = rows.at(-1);
    if (!row || (x > at.x && x + item.width > at.x + at.maxWidth)) {
      rows.push([]);
      x = at.x;
    }
    rows.at(-1)?.push({ item, x });
    widest = Math.max(widest, x + item.width - at.x);
    x += item.width + gap.x;
  }
  const nodes: SceneNode[] = [];
  let y = at.y;
  rows.forEach((row, i) => {
    const rowHeight = Math.max(...row.map((r) => r.item.height));
    for (const r of row) nodes.push(...r.item.build(r.x, y + (rowHeight - r.item.height) / 2));
    y += rowHeight + (i < rows.length - 1 ? gap.y : 0);
  });
  return { nodes, width: widest, height: y - at.y };
}
