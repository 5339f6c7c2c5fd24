// The contract of a lane kind: build one row's contents at the row's top y (known before the row
// is built, so nothing is moved afterwards). Per-touchpoint kinds supply a CellBuilder and get
// grouping, padding and row height from cellRow.
import type { Lane, Touchpoint } from '../../model/journey.js';
import type { SceneNode } from '../../scene/scene.js';
import { laneTitle } from '../../view/lane-title.js';
import { say } from '../../words/say.js';
import type { Column, LayoutContext } from '../context.js';
import { SIZES, touchpointPersonas } from '../context.js';

/** A row's contents in absolute coordinates; height includes padding. */
export interface LaneRow {
  readonly height: number;
  readonly nodes: readonly SceneNode[];
  /** Horizontal room the title cell must leave free on its right (emotion axis labels). */
  readonly titleReserve?: number;
}

/** Content of one cell, laid out from (column.x + padX, padY); height excludes padding. */
export interface CellContent {
  readonly height: number;
  readonly nodes: readonly SceneNode[];
}

export interface CellArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export type CellBuilder = (tp: Touchpoint, area: CellArea, ctx: LayoutContext) => CellContent | undefined;

export type LaneBuilder = (lane: Lane, ctx: LayoutContext, top: number) => LaneRow;

export const cellArea = (column: Column, top: number): CellArea => ({
  x: column.x + SIZES.cellPadX,
  y: top + SIZES.cellPadY,
  width: column.width - 2 * SIZES.cellPadX,
});

/** A row of per-touchpoint cells, each a group carrying the touchpoint ref and its personas. */
export function cellRow(lane: Lane, ctx: LayoutContext, top: number, build: CellBuilder): LaneRow {
  let contentHeight = 0;
  const nodes: SceneNode[] = [];
  const title = laneTitle(lane, ctx.words);
  for (const column of ctx.columns) {
    const tp = column.touchpoint;
    if (!tp) continue;
    const cell = build(tp, cellArea(column, top), ctx);
    if (!cell || cell.nodes.length === 0) continue;
    contentHeight = Math.max(contentHeight, cell.height);
    const personas = touchpointPersonas(tp, ctx.journey);
    // The touchpoint's link goes on its touchpoints-lane cell (its name), once per touchpoint.
    const link = lane.kind === 'builtin' && lane.id === 'touchpoints' ? tp.link : undefined;
    // A detail-map badge is a link of its own: it goes beside the cell, never inside the cell's link.
    const detail = (n: SceneNode): boolean => n.kind === 'group' && n.detail !== undefined;
    nodes.push(
      {
        kind: 'group',
        role: 'cell',
        ref: { kind: 'touchpoint', id: tp.id },
        label: say(ctx.words, 'map.cellOf', { lane: title, touchpoint: tp.name }),
        ...(personas ? { personas } : {}),
        ...(link !== undefined ? { link } : {}),
        children: cell.nodes.filter((n) => !detail(n)),
      },
      ...cell.nodes.filter(detail).map((n) => (personas && n.kind === 'group' ? { ...n, personas } : n)),
    );
  }
  return { height: Math.max(SIZES.minLaneHeight, contentHeight + 2 * SIZES.cellPadY), nodes };
}

/** Stacks parts top-down with a gap; each part gets the y where it starts. */
export function stack(y: number, gap: number, parts: readonly ((y: number) => CellContent | undefined)[]): CellContent {
  const nodes: SceneNode[] = [];
  let cursor = y;
  let any = false;
  for (const part of parts) {
    const content = part(any ? cursor + gap : cursor);
    if (!content || content.nodes.length === 0) continue;
    cursor = (any ? cursor + gap : cursor) + content.height;
    any = true;
    nodes.push(...content.nodes);
  }
  return { height: cursor - y, nodes };
}
