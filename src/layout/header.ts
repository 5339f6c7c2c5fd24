// The header band (badge, title, description, owner/updated, tags) and the legend strip under it
// (persona curves, a key of the map's symbols, journey KPIs). Builds nodes; never measures rows.
import type { SceneNode } from '../scene/scene.js';
import { textOn } from '../theme/contrast.js';
import { formatDuration } from '../view/format-duration.js';
import { say, sayCount } from '../words/say.js';
import { BLUEPRINT_ICONS } from './blueprint-icons.js';
import type { LayoutContext } from './context.js';
import { SIZES } from './context.js';
import type { FlowItem } from './flow.js';
import { flow } from './flow.js';
import { placeCommands, rect, round2 } from './geometry.js';
import { brandColumn, brandReserve } from './header-brand.js';
import { kpiCard } from './kpi-card.js';
import { failureMarker } from './lanes/blueprint-lanes.js';
import type { ChipStyle } from './lanes/chip-lanes.js';
import { chip } from './lanes/chip-lanes.js';
import { COMPARE_DASH, COMPARE_OPACITY, GAP_DASH } from './lanes/emotions-lane.js';
import { iconNode } from './lanes/text-lanes.js';
import { lineHeight } from './measure-text.js';
import { checkPath, circlePath, crossPath, markerPath, minusPath, plusPath, starPath } from './shapes.js';
import { boxWidthFor, textBlock } from './text-block.js';

const PAD_Y = 28;

/** The header band's spacing (px): the gap under each block and the widest its text may run. */
const HEADER = {
  badgeGap: 10,
  titleMaxWidth: 960,
  titleGap: 4,
  descriptionMaxWidth: 820,
  descriptionGap: 6,
  /** The owner/updated line is set this much larger than the theme's small size. */
  metaSizeUp: 1,
  metaGap: 8,
  tagMaxWidth: 280,
  /** Between tag chips, across and down. */
  tagSpacing: 6,
  tagsGap: 8,
  /** Taken back after the last block (the meta line's or the tags' gap). */
  trailingGap: 8,
  /** The band's bottom padding is PAD_Y less this. */
  bottomPadTrim: 4,
} as const;

export function layoutHeader(ctx: LayoutContext): { nodes: SceneNode[]; height: number } {
  const { journey, theme, width, words } = ctx;
  const c = theme.colors;
  const muted = c.headerMutedText ?? c.headerText;
  const x = SIZES.margin;
  // A theme's logo and brand take a column on the right; the header's text keeps clear of it.
  const contentW = width - 2 * SIZES.margin - brandReserve(theme);
  const nodes: SceneNode[] = [];
  let y = PAD_Y;
  const badgeFill = journey.state === 'future' ? c.opportunity : c.accent;
  const badge = chip(
    say(words, journey.state === 'future' ? 'state.future.caps' : 'state.current.caps'),
    x,
    y,
    contentW,
    {
      fill: badgeFill,
      text: textOn(badgeFill, theme),
      semibold: true,
    },
    ctx,
  );
  const content: SceneNode[] = [];
  if (badge) {
    content.push(...badge.nodes);
    y += badge.height + HEADER.badgeGap;
  }
  const titleFont = { face: 'semibold', size: theme.fontSizes.title } as const;
  const brand = brandColumn(theme, words, { right: width - SIZES.margin, top: PAD_Y, titleMiddle: y + lineHeight(titleFont) / 2 }, muted);
  const title = textBlock(
    journey.title,
    { x, y, width: Math.min(contentW, HEADER.titleMaxWidth) },
    { font: titleFont, color: c.headerText, maxLines: 2 },
  );
  if (title) {
    content.push(title.node);
    y += title.height + HEADER.titleGap;
  }
  const desc = textBlock(
    journey.description ?? '',
    { x, y, width: Math.min(contentW, HEADER.descriptionMaxWidth) },
    { font: { face: 'regular', size: theme.fontSizes.subtitle }, color: muted, maxLines: 3 },
  );
  if (desc) {
    content.push(desc.node);
    y += desc.height + HEADER.descriptionGap;
  }
  const meta = [
    journey.owner && say(words, 'owner.of', { owner: journey.owner }),
    journey.updated && say(words, 'updated.on', { date: journey.updated }),
    ...blueprintFacts(ctx),
  ]
    .filter(Boolean)
    .join('   \u00b7   ');
  const metaBlock = textBlock(
    meta,
    { x, y, width: contentW },
    { font: { face: 'regular', size: theme.fontSizes.small + HEADER.metaSizeUp }, color: muted, maxLines: 2 },
  );
  if (metaBlock) {
    content.push(metaBlock.node);
    y += metaBlock.height + HEADER.metaGap;
  }
  if (journey.tags.length > 0) {
    const maxW = Math.min(contentW, HEADER.tagMaxWidth);
    // Tags are chips in the header's text colour, so they show on a dark band and on a white one;
    // their text is the band's colour when that reads on the chip, else white or the theme's text.
    const style: ChipStyle = { fill: c.headerText, text: textOn(c.headerText, theme, c.headerBackground) };
    const items: FlowItem[] = journey.tags.flatMap((tag) => {
      const probe = chip(tag, 0, 0, maxW, style, ctx);
      return probe
        ? [
            {
              width: probe.width,
              height: probe.height,
              build: (tx: number, ty: number) => chip(tag, tx, ty, maxW, style, ctx)?.nodes ?? [],
            },
          ]
        : [];
    });
    const tags = flow(items, { x, y, maxWidth: contentW }, { x: HEADER.tagSpacing, y: HEADER.tagSpacing });
    content.push(...tags.nodes);
    y += tags.height + HEADER.tagsGap;
  }
  const height = round2(Math.max(y - HEADER.trailingGap, brand?.bottom ?? 0) + PAD_Y - HEADER.bottomPadTrim);
  nodes.push(rect(0, 0, width, height, { fill: c.headerBackground }), ...content, ...(brand?.nodes ?? []));
  return {
    nodes: [{ kind: 'group', role: 'header', ref: { kind: 'journey', id: journey.file }, label: journey.title, children: nodes }],
    height,
  };
}

/** Language 1.1 facts for the header's meta line: the journey's total time and its handoffs. */
function blueprintFacts(ctx: LayoutContext): string[] {
  const { journey, words } = ctx;
  const total = ctx.time.total;
  const risky = journey.handoffs.filter((h) => h.risky).length;
  const handoffs =
    journey.handoffs.length === 0
      ? undefined
      : sayCount(words, 'handoff.count', journey.handoffs.length) + (risky > 0 ? `, ${sayCount(words, 'handoff.risky', risky)}` : '');
  return [total !== undefined ? say(words, 'time.journeyTotal', { duration: formatDuration(total, words) }) : undefined, handoffs].filter(
    (t): t is string => t !== undefined,
  );
}

/** Key entries for the language 1.1 marks the map shows: failure points, handoffs, risky handoffs. */
function blueprintKey(
  ctx: LayoutContext,
  symbol: (width: number, draw: (x: number, cy: number) => SceneNode[]) => LegendSymbol,
): FlowItem[] {
  const { journey, words } = ctx;
  const c = ctx.theme.colors;
  const owners = journey.lanes.some((l) => l.kind === 'builtin' && l.id === 'owners');
  const fails =
    journey.lanes.some((l) => l.kind === 'builtin' && l.id === 'failures') &&
    journey.stages.some((s) => s.touchpoints.some((t) => t.fails.length > 0));
  const arrow =
    (color: string) =>
    (x: number, cy: number): SceneNode[] => [iconNode(BLUEPRINT_ICONS.arrow, x, cy - KEY.arrowSize / 2, KEY.arrowSize, color)];
  return [
    ...(fails
      ? [
          legendItem(
            ctx,
            symbol(KEY.markWidth, (x, cy) => failureMarker(x + KEY.markWidth / 2, cy, c.pain)),
            say(words, 'failure.point'),
            false,
          ),
        ]
      : []),
    ...(owners && journey.handoffs.some((h) => !h.risky)
      ? [legendItem(ctx, symbol(KEY.arrowSize, arrow(c.accent)), say(words, 'handoff.key'), false)]
      : []),
    ...(owners && journey.handoffs.some((h) => h.risky)
      ? [
          legendItem(
            ctx,
            symbol(KEY.riskyWidth, (x, cy) => [
              ...arrow(c.pain)(x, cy),
              ...failureMarker(x + KEY.riskyMarkAt, cy, c.pain, KEY.riskyMarkRadius),
            ]),
            say(words, 'handoff.riskyKey'),
            false,
          ),
        ]
      : []),
  ];
}

const SAMPLE = 36;

/** Sizes (px) of the key's symbols: marks, discs, handoff arrows and the curve samples' strokes. */
const KEY = {
  /** The height of a one-line symbol (a mark, a disc, a curve sample). */
  symbolHeight: 16,
  /** The star and the failure mark sit in a slot this wide. */
  markWidth: 12,
  starRadius: 6.5,
  discRadius: 5.5,
  discStroke: 1.6,
  arrowSize: 14,
  /** A risky handoff: the arrow, then the failure mark centred this far in, in a slot this wide. */
  riskyMarkAt: 23,
  riskyWidth: 30,
  riskyMarkRadius: 5.5,
  curveWidth: 2.5,
  gapCurveWidth: 1.5,
  gapCurveOpacity: 0.55,
  /** Between a symbol and its words; the words wrap at this width. */
  textGap: 8,
  textMaxWidth: 220,
} as const;

/** Key entries for the emotion lane's 1.1 marks: the compared curve and a persona's gap. */
function curveKeyItems(ctx: LayoutContext): FlowItem[] {
  const { words, theme } = ctx;
  const color = theme.colors.mutedText;
  const sample = (dash: readonly number[], width: number, opacity: number): LegendSymbol => ({
    width: SAMPLE,
    height: KEY.symbolHeight,
    draw: (x, cy) => [
      {
        kind: 'path',
        commands: [
          { op: 'M', x: round2(x), y: round2(cy) },
          { op: 'L', x: round2(x + SAMPLE), y: round2(cy) },
        ],
        stroke: { color, width, dash },
        opacity,
      },
    ],
  });
  const items: FlowItem[] = [];
  if (!ctx.journey.lanes.some((l) => l.kind === 'builtin' && l.id === 'emotions')) return items;
  if (ctx.compare) {
    const item = legendItem(ctx, sample(COMPARE_DASH, KEY.curveWidth, COMPARE_OPACITY), say(words, 'compare.legend'), false);
    // A group of its own, so the HTML page hides it with the curves it explains.
    items.push({
      ...item,
      build: (x, y) => [{ kind: 'group', role: 'compare-legend', label: say(words, 'compare.legend'), children: [...item.build(x, y)] }],
    });
  }
  if (ctx.personas.some((p) => personaSkips(ctx, p.id)))
    items.push(legendItem(ctx, sample(GAP_DASH, KEY.gapCurveWidth, KEY.gapCurveOpacity), say(words, 'emotion.gap'), false));
  return items;
}

/** Whether a persona's curve has a gap: a column between its first and last point without one. */
function personaSkips(ctx: LayoutContext, persona: string): boolean {
  const at = ctx.columns.map((c) => c.touchpoint?.personas.includes(persona) && c.touchpoint.emotion[persona] !== undefined);
  const first = at.indexOf(true);
  const last = at.lastIndexOf(true);
  return first >= 0 && at.slice(first, last + 1).includes(false);
}

interface LegendSymbol {
  readonly width: number;
  readonly height: number;
  /** Draws the symbol with its vertical centre at cy. */
  draw(x: number, cy: number): SceneNode[];
}

function legendItem(ctx: LayoutContext, symbol: LegendSymbol, text: string, bold: boolean): FlowItem {
  const font = { face: bold ? 'semibold' : 'regular', size: ctx.theme.fontSizes.body } as const;
  const textW = Math.min(KEY.textMaxWidth, boxWidthFor(text, font));
  const probe = textBlock(text, { x: 0, y: 0, width: textW }, { font, color: ctx.theme.colors.text, maxLines: 2 });
  const textH = probe?.height ?? lineHeight(font);
  const height = Math.max(textH, symbol.height);
  return {
    width: symbol.width + KEY.textGap + textW,
    height,
    build: (x, y) => {
      const block = textBlock(
        text,
        { x: x + symbol.width + KEY.textGap, y: y + (height - textH) / 2, width: textW },
        { font, color: ctx.theme.colors.text, maxLines: 2 },
      );
      return [...symbol.draw(x, y + height / 2), ...(block ? [block.node] : [])];
    },
  };
}

const AVATAR = 26;

/** The legend strip's spacing (px), its section labels and its journey KPI column. */
const LEGEND = {
  padTop: 18,
  padBottom: 4,
  avatarGap: 8,
  avatarRadius: 4,
  markerStroke: 1.5,
  labelWidth: 200,
  labelGap: 6,
  /** Between the items of a section, across and down. */
  itemSpacing: { x: 28, y: 8 },
  sectionGap: 14,
  kpiCardWidth: 190,
  /** The KPI column goes beside the personas and key only when they keep this much width. */
  minKeyWidth: 640,
  maxKeyWidth: 760,
  kpiGutter: 40,
  kpiSpacing: 10,
  borderWidth: 1,
} as const;

function sectionLabel(ctx: LayoutContext, text: string, x: number, y: number): { node: SceneNode; height: number } | undefined {
  const block = textBlock(
    text,
    { x, y, width: LEGEND.labelWidth },
    { font: { face: 'semibold', size: ctx.theme.fontSizes.small }, color: ctx.theme.colors.mutedText, maxLines: 1 },
  );
  return block && { node: block.node, height: block.height + LEGEND.labelGap };
}

const disc = (color: string, symbol: ReturnType<typeof plusPath>, cx: number, cy: number): SceneNode[] => [
  { kind: 'path', commands: placeCommands(circlePath(0, 0, 1), cx, cy, KEY.discRadius), fill: color },
  { kind: 'path', commands: placeCommands(symbol, cx, cy, KEY.discRadius), stroke: { color: '#ffffff', width: KEY.discStroke } },
];

/** The light strip under the header: personas, key, journey KPIs, side by side when room allows. */
export function layoutLegend(ctx: LayoutContext, top: number): { nodes: SceneNode[]; height: number } {
  const { theme, words } = ctx;
  const c = theme.colors;
  const x0 = SIZES.margin;
  const contentW = ctx.width - 2 * SIZES.margin;
  const y0 = top + LEGEND.padTop;
  const children: SceneNode[] = [];
  const kpiW = LEGEND.kpiCardWidth;
  const leftW =
    ctx.journey.kpis.length > 0 && contentW >= LEGEND.minKeyWidth + kpiW
      ? Math.min(contentW - kpiW - LEGEND.kpiGutter, LEGEND.maxKeyWidth)
      : contentW;
  let y = y0;
  const sections: [string, FlowItem[]][] = [
    [say(words, ctx.personas.length === 1 ? 'legend.persona.caps' : 'legend.personas.caps'), personaKeyItems(ctx)],
    [say(words, 'legend.key.caps'), symbolKeyItems(ctx)],
  ];
  for (const [label, items] of sections) {
    const l = sectionLabel(ctx, label, x0, y);
    if (l) children.push(l.node);
    const laid = flow(items, { x: x0, y: y + (l?.height ?? 0), maxWidth: leftW }, LEGEND.itemSpacing);
    children.push(...laid.nodes);
    y += (l?.height ?? 0) + laid.height + LEGEND.sectionGap;
  }
  let bottom = y;
  if (ctx.journey.kpis.length > 0) {
    // Beside the sections when they left room, else under them.
    const sideBySide = leftW < contentW;
    const kpis = journeyKpiColumn(ctx, sideBySide ? x0 + leftW + LEGEND.kpiGutter : x0, sideBySide ? y0 : y, x0 + contentW);
    children.push(...kpis.nodes);
    bottom = Math.max(bottom, kpis.bottom);
  }
  const height = round2(bottom + LEGEND.padBottom - top);
  return {
    nodes: [
      {
        kind: 'group',
        role: 'legend',
        ref: { kind: 'legend', id: 'legend' },
        children: [
          rect(0, top, ctx.width, height, { fill: c.laneTitleBackground }),
          rect(0, top + height - LEGEND.borderWidth, ctx.width, LEGEND.borderWidth, { fill: c.grid }),
          ...children,
        ],
      },
    ],
    height,
  };
}

/** One entry per persona shown: its curve sample with its marker, its avatar when it has an image, its name. */
function personaKeyItems(ctx: LayoutContext): FlowItem[] {
  return ctx.personas.map((p): FlowItem => {
    const image = ctx.journey.personas.find((q) => q.id === p.id)?.image;
    const sample: LegendSymbol = {
      width: SAMPLE + (image ? AVATAR + LEGEND.avatarGap : 0),
      height: image ? AVATAR : KEY.symbolHeight,
      draw: (x, cy) => [
        {
          kind: 'path',
          commands: [
            { op: 'M', x: round2(x), y: round2(cy) },
            { op: 'L', x: round2(x + SAMPLE), y: round2(cy) },
          ],
          stroke: { color: p.color, width: KEY.curveWidth, ...(p.dash ? { dash: p.dash } : {}) },
        },
        {
          kind: 'path',
          commands: placeCommands(markerPath(p.marker), x + SAMPLE / 2, cy, SIZES.markerRadius - 1),
          fill: p.color,
          stroke: { color: '#ffffff', width: LEGEND.markerStroke },
        },
        ...(image
          ? [
              {
                kind: 'image',
                x: round2(x + SAMPLE + LEGEND.avatarGap),
                y: round2(cy - AVATAR / 2),
                width: AVATAR,
                height: AVATAR,
                asset: image,
              } as const,
              rect(x + SAMPLE + LEGEND.avatarGap, cy - AVATAR / 2, AVATAR, AVATAR, {
                radius: LEGEND.avatarRadius,
                stroke: { color: p.color, width: LEGEND.markerStroke },
              }),
            ]
          : []),
      ],
    };
    const item = legendItem(ctx, sample, p.name, true);
    // A group per persona so the HTML persona switcher can dim the others' legend entries too.
    return {
      ...item,
      build: (x, y) => [
        {
          kind: 'group',
          role: 'legend-persona',
          ref: { kind: 'persona', id: p.id },
          personas: [p.id],
          label: p.name,
          children: [...item.build(x, y)],
        },
      ],
    };
  });
}

/** The key of the map's symbols: moment of truth, pain, opportunity, KPI met and missed, then the 1.1 marks and curves the map shows. */
function symbolKeyItems(ctx: LayoutContext): FlowItem[] {
  const { words } = ctx;
  const c = ctx.theme.colors;
  const symbol = (width: number, draw: (x: number, cy: number) => SceneNode[]): LegendSymbol => ({ width, height: KEY.symbolHeight, draw });
  const discWidth = 2 * KEY.discRadius;
  return [
    legendItem(
      ctx,
      symbol(KEY.markWidth, (x, cy) => [
        { kind: 'path', commands: placeCommands(starPath(), x + KEY.markWidth / 2, cy, KEY.starRadius), fill: c.critical },
      ]),
      say(words, 'mark.momentOfTruth'),
      false,
    ),
    legendItem(
      ctx,
      symbol(discWidth, (x, cy) => disc(c.pain, minusPath(), x + KEY.discRadius, cy)),
      say(words, 'mark.pain'),
      false,
    ),
    legendItem(
      ctx,
      symbol(discWidth, (x, cy) => disc(c.opportunity, plusPath(), x + KEY.discRadius, cy)),
      say(words, 'mark.opportunity'),
      false,
    ),
    legendItem(
      ctx,
      symbol(discWidth, (x, cy) => disc(c.kpiMet, checkPath(), x + KEY.discRadius, cy)),
      say(words, 'mark.kpiMet'),
      false,
    ),
    legendItem(
      ctx,
      symbol(discWidth, (x, cy) => disc(c.kpiMissed, crossPath(), x + KEY.discRadius, cy)),
      say(words, 'mark.kpiMissed'),
      false,
    ),
    ...blueprintKey(ctx, (width, draw) => symbol(width, draw)),
    ...curveKeyItems(ctx),
  ];
}

/** The journey's KPI cards under their label from (x, y), wrapping before `right`; `bottom` includes the section gap. */
function journeyKpiColumn(ctx: LayoutContext, x: number, y: number, right: number): { nodes: SceneNode[]; bottom: number } {
  const kpiW = LEGEND.kpiCardWidth;
  const nodes: SceneNode[] = [];
  const l = sectionLabel(ctx, say(ctx.words, 'legend.journeyKpis.caps'), x, y);
  if (l) nodes.push(l.node);
  const cards: FlowItem[] = ctx.journey.kpis.map((kpi) => {
    const probe = kpiCard(kpi, { x: 0, y: 0, width: kpiW }, ctx, { kind: 'journey' });
    return {
      width: kpiW,
      height: probe.height,
      build: (cx, cy) => [kpiCard(kpi, { x: cx, y: cy, width: kpiW }, ctx, { kind: 'journey' }).node],
    };
  });
  const laid = flow(cards, { x, y: y + (l?.height ?? 0), maxWidth: right - x }, { x: LEGEND.kpiSpacing, y: LEGEND.kpiSpacing });
  nodes.push(...laid.nodes);
  return { nodes, bottom: y + (l?.height ?? 0) + laid.height + LEGEND.sectionGap };
}
