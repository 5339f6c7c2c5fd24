// Journey → Scene: header, legend, stage headers, then one row per lane in journey.lanes order,
// on a grid of fixed-width touchpoint columns. Pure and deterministic; renderers only paint.
import type { Journey, Lane } from '../model/journey.js';
import type { Scene, SceneNode } from '../scene/scene.js';
import { inkOn } from '../theme/contrast.js';
import { journeyTime } from '../view/journey-time.js';
import type { JourneyView } from '../view/journey-view.js';
import { laneTitle as laneTitleText } from '../view/lane-title.js';
import { say, sayCount, type Words } from '../words/say.js';
import type { LayoutContext } from './context.js';
import { buildColumns, SIZES } from './context.js';
import { rect, round2 } from './geometry.js';
import { layoutHeader, layoutLegend } from './header.js';
import { layoutLane } from './lanes/index.js';
import { layoutStageHeaders } from './stage-headers.js';
import { textBlock } from './text-block.js';

function createContext(view: JourneyView): LayoutContext {
  const { journey, theme, personas, words, format, compare } = view;
  const columns = buildColumns(journey);
  const gridX = SIZES.margin + SIZES.laneTitleWidth;
  const gridRight = columns.reduce((r, c) => Math.max(r, c.x + c.width), gridX);
  return {
    journey,
    theme,
    columns,
    personas,
    words,
    format,
    ...(compare ? { compare } : {}),
    ...(view.site ? { site: true as const } : {}),
    ...(view.persona !== undefined ? { persona: view.persona } : {}),
    time: journeyTime(journey),
    text: new Map(),
    gridX,
    gridRight,
    width: gridRight + SIZES.margin,
  };
}

/** Where the line of visibility goes: before the second of frontstage/backstage, when both exist. */
function visibilityIndex(lanes: readonly Lane[]): number {
  const front = lanes.findIndex((l) => l.kind === 'builtin' && l.id === 'frontstage');
  const back = lanes.findIndex((l) => l.kind === 'builtin' && l.id === 'backstage');
  return front < 0 || back < 0 ? -1 : Math.max(front, back);
}

function visibilityRow(ctx: LayoutContext, y: number): SceneNode {
  const h = SIZES.visibilityRowHeight;
  const mid = round2(y + h / 2);
  const label = textBlock(
    say(ctx.words, 'map.lineOfVisibility.caps'),
    { x: SIZES.margin + SIZES.cellPadX, y: y + (h - 13.3) / 2, width: SIZES.laneTitleWidth - 2 * SIZES.cellPadX },
    {
      font: { face: 'semibold', size: ctx.theme.fontSizes.small },
      color: inkOn(ctx.theme.colors.accent, ctx.theme.colors.laneTitleBackground, ctx.theme),
      maxLines: 1,
    },
  );
  return {
    kind: 'group',
    role: 'line-of-visibility',
    label: say(ctx.words, 'map.lineOfVisibility.description'),
    children: [
      rect(SIZES.margin, y, SIZES.laneTitleWidth, h, { fill: ctx.theme.colors.laneTitleBackground }),
      {
        kind: 'path',
        commands: [
          { op: 'M', x: ctx.gridX, y: mid },
          { op: 'L', x: ctx.gridRight, y: mid },
        ],
        stroke: { color: ctx.theme.colors.accent, width: 1.5, dash: [8, 4] },
      },
      ...(label ? [label.node] : []),
    ],
  };
}

function laneTitle(ctx: LayoutContext, lane: Lane, y: number, height: number, reserve: number): SceneNode[] {
  const { theme } = ctx;
  const title = textBlock(
    laneTitleText(lane, ctx.words),
    { x: SIZES.margin + SIZES.cellPadX, y: y + SIZES.cellPadY, width: SIZES.laneTitleWidth - 2 * SIZES.cellPadX - reserve },
    {
      font: { face: 'semibold', size: theme.fontSizes.laneTitle },
      color: theme.colors.laneTitleText,
      maxLines: 3,
    },
  );
  return [rect(SIZES.margin, y, SIZES.laneTitleWidth, height, { fill: theme.colors.laneTitleBackground }), ...(title ? [title.node] : [])];
}

export function layoutJourney(view: JourneyView): Scene {
  const viewed = view.journey;
  const ctx = createContext(view);
  const { theme } = ctx;
  const header = layoutHeader(ctx);
  const legend = layoutLegend(ctx, header.height);
  const stagesTop = header.height + legend.height + SIZES.sectionGap + 8;
  const stages = layoutStageHeaders(ctx, stagesTop);
  const lanesTop = stagesTop + stages.height + 8;

  const laneGroups: SceneNode[] = [];
  const rowLines: SceneNode[] = [];
  const visibleAt = visibilityIndex(viewed.lanes);
  let y = lanesTop;
  viewed.lanes.forEach((lane, i) => {
    if (i === visibleAt) {
      laneGroups.push(visibilityRow(ctx, y));
      y += SIZES.visibilityRowHeight;
    }
    const row = layoutLane(lane, ctx, y);
    const reserve = row.titleReserve ?? 0;
    // The lane title may need more height than the cells (narrow title column).
    const titleProbe = laneTitle(ctx, lane, 0, 0, reserve)[1];
    const titleH = titleProbe && titleProbe.kind === 'text' ? titleProbe.box.height + 2 * SIZES.cellPadY : 0;
    const height = Math.max(row.height, titleH);
    laneGroups.push({
      kind: 'group',
      role: 'lane',
      ref: { kind: 'lane', id: lane.id },
      label: laneTitleText(lane, ctx.words),
      children: [...laneTitle(ctx, lane, y, height, reserve), ...row.nodes],
    });
    y += height;
    rowLines.push(rect(SIZES.margin, y - 0.5, ctx.gridRight - SIZES.margin, 1, { fill: theme.colors.grid }));
  });
  const lanesBottom = y;

  // Column rules: light between touchpoints, darker between stages.
  const columnRules: SceneNode[] = ctx.columns.map((c) =>
    rect(c.x - 0.5, lanesTop, 1, lanesBottom - lanesTop, {
      fill: c.index > 0 && ctx.columns[c.index - 1]?.stageIndex !== c.stageIndex ? theme.colors.cardBorder : theme.colors.grid,
    }),
  );
  columnRules.push(rect(ctx.gridRight - 0.5, lanesTop, 1, lanesBottom - lanesTop, { fill: theme.colors.grid }));
  const critical: SceneNode[] = ctx.columns
    .filter((c) => c.touchpoint?.critical)
    .map((c) => ({
      kind: 'group',
      role: 'moment-of-truth',
      ref: { kind: 'touchpoint', id: c.touchpoint?.id ?? '' },
      label: say(ctx.words, 'mark.momentOfTruthOf', { touchpoint: c.touchpoint?.name ?? '' }),
      children: [
        rect(c.x, lanesTop, c.width, lanesBottom - lanesTop, { fill: theme.colors.critical, opacity: 0.07 }),
        rect(c.x, lanesTop, c.width, 3, { fill: theme.colors.critical }),
      ],
    }));
  const height = round2(lanesBottom + SIZES.margin);
  const nodes: SceneNode[] = [
    ...header.nodes,
    ...legend.nodes,
    ...stages.nodes,
    rect(SIZES.margin, lanesTop, ctx.gridRight - SIZES.margin, lanesBottom - lanesTop, {
      fill: theme.colors.background,
      stroke: { color: theme.colors.grid, width: 1 },
    }),
    // Rules and bands go over the lane rows (whose backgrounds, like the emotion zones, are
    // opaque) but only in padding and as a 7% tint, so they never hide text.
    ...laneGroups,
    ...columnRules,
    ...rowLines,
    ...critical,
  ];
  return {
    width: round2(ctx.width),
    height,
    background: theme.colors.background,
    title: viewed.title,
    description: describe(viewed, ctx.words),
    nodes,
  };
}

function describe(journey: Journey, words: Words): string {
  const touchpoints = journey.stages.reduce((n, s) => n + s.touchpoints.length, 0);
  const personas = journey.personas.map((p) => p.name).join(', ');
  const summary = say(words, journey.state === 'future' ? 'map.summary.future' : 'map.summary.current', {
    stages: sayCount(words, 'count.stages', journey.stages.length),
    touchpoints: sayCount(words, 'count.touchpoints', touchpoints),
    personas,
  });
  return journey.description ? `${journey.description} ${summary}` : summary;
}
