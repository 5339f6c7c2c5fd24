// The header band (badge, title, description, owner/updated, tags) and the legend strip under it
// (persona curves, a key of the map's symbols, journey KPIs). Builds nodes; never measures rows.
import type { SceneNode } from '../scene/scene.js';
import type { LayoutContext } from './context.js';
import { SIZES } from './context.js';
import { placeCommands, rect, round2 } from './geometry.js';
import { kpiCard } from './kpi-card.js';
import { lineHeight } from './measure-text.js';
import { checkPath, circlePath, crossPath, markerPath, minusPath, plusPath, starPath } from './shapes.js';
import { boxWidthFor, textBlock } from './text-block.js';
import { brandColumn, brandReserve } from './header-brand.js';
import type { FlowItem } from './flow.js';
import { flow } from './flow.js';
import type { ChipStyle } from './lanes/chip-lanes.js';
import { chip } from './lanes/chip-lanes.js';
import { say, sayCount } from '../words/say.js';
import { BLUEPRINT_ICONS } from './blueprint-icons.js';
import { failureMarker } from './lanes/blueprint-lanes.js';
import { iconNode } from './lanes/text-lanes.js';
import { formatDuration } from '../view/format-duration.js';
import { COMPARE_DASH, COMPARE_OPACITY, GAP_DASH } from './lanes/emotions-lane.js';
import { textOn } from '../theme/contrast.js';

const PAD_Y = 28;

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
  const badge = chip(say(words, journey.state === 'future' ? 'state.future.caps' : 'state.current.caps'), x, y, contentW, {
    fill: badgeFill,
    text: textOn(badgeFill, theme),
    semibold: true,
  }, ctx);
  const content: SceneNode[] = [];
  if (badge) {
    content.push(...badge.nodes);
    y += badge.height + 10;
  }
  const titleFont = { face: 'semibold', size: theme.fontSizes.title } as const;
  const brand = brandColumn(theme, words, { right: width - SIZES.margin, top: PAD_Y, titleMiddle: y + lineHeight(titleFont) / 2 }, muted);
  const title = textBlock(journey.title, { x, y, width: Math.min(contentW, 960) }, { font: titleFont, color: c.headerText, maxLines: 2 });
  if (title) {
    content.push(title.node);
    y += title.height + 4;
  }
  const desc = textBlock(journey.description ?? '', { x, y, width: Math.min(contentW, 820) }, { font: { face: 'regular', size: theme.fontSizes.subtitle }, color: muted, maxLines: 3 });
  if (desc) {
    content.push(desc.node);
    y += desc.height + 6;
  }
  const meta = [journey.owner && say(words, 'owner.of', { owner: journey.owner }), journey.updated && say(words, 'updated.on', { date: journey.updated }), ...blueprintFacts(ctx)].filter(Boolean).join('   \u00b7   ');
  const metaBlock = textBlock(meta, { x, y, width: contentW }, { font: { face: 'regular', size: theme.fontSizes.small + 1 }, color: muted, maxLines: 2 });
  if (metaBlock) {
    content.push(metaBlock.node);
    y += metaBlock.height + 8;
  }
  if (journey.tags.length > 0) {
    const maxW = Math.min(contentW, 280);
    // Tags are chips in the header's text colour, so they show on a dark band and on a white one;
    // their text is the band's colour when that reads on the chip, else white or the theme's text.
    const style: ChipStyle = { fill: c.headerText, text: textOn(c.headerText, theme, c.headerBackground) };
    const items: FlowItem[] = journey.tags.flatMap((tag) => {
      const probe = chip(tag, 0, 0, maxW, style, ctx);
      return probe ? [{ width: probe.width, height: probe.height, build: (tx: number, ty: number) => chip(tag, tx, ty, maxW, style, ctx)?.nodes ?? [] }] : [];
    });
    const tags = flow(items, { x, y, maxWidth: contentW }, { x: 6, y: 6 });
    content.push(...tags.nodes);
    y += tags.height + 8;
  }
  const height = round2(Math.max(y - 8, brand?.bottom ?? 0) + PAD_Y - 4);
  nodes.push(rect(0, 0, width, height, { fill: c.headerBackground }), ...content, ...(brand?.nodes ?? []));
  return { nodes: [{ kind: 'group', role: 'header', ref: { kind: 'journey', id: journey.file }, label: journey.title, children: nodes }], height };
}

/** Language 1.1 facts for the header's meta line: the journey's total time and its handoffs. */
function blueprintFacts(ctx: LayoutContext): string[] {
  const { journey, words } = ctx;
  const total = ctx.time.total;
  const risky = journey.handoffs.filter((h) => h.risky).length;
  const handoffs = journey.handoffs.length === 0 ? undefined : sayCount(words, 'handoff.count', journey.handoffs.length) + (risky > 0 ? `, ${sayCount(words, 'handoff.risky', risky)}` : '');
  return [total !== undefined ? say(words, 'time.journeyTotal', { duration: formatDuration(total, words) }) : undefined, handoffs].filter((t): t is string => t !== undefined);
}

/** Key entries for the language 1.1 marks the map shows: failure points, handoffs, risky handoffs. */
function blueprintKey(ctx: LayoutContext, symbol: (width: number, draw: (x: number, cy: number) => SceneNode[]) => LegendSymbol): FlowItem[] {
  const { journey, words } = ctx;
  const c = ctx.theme.colors;
  const owners = journey.lanes.some((l) => l.kind === 'builtin' && l.id === 'owners');
  const fails = journey.lanes.some((l) => l.kind === 'builtin' && l.id === 'failures') && journey.stages.some((s) => s.touchpoints.some((t) => t.fails.length > 0));
  const arrow = (color: string) => (x: number, cy: number): SceneNode[] => [iconNode(BLUEPRINT_ICONS.arrow, x, cy - 7, 14, color)];
  return [
    ...(fails ? [legendItem(ctx, symbol(12, (x, cy) => failureMarker(x + 6, cy, c.pain)), say(words, 'failure.point'), false)] : []),
    ...(owners && journey.handoffs.some((h) => !h.risky) ? [legendItem(ctx, symbol(14, arrow(c.accent)), say(words, 'handoff.key'), false)] : []),
    ...(owners && journey.handoffs.some((h) => h.risky)
      ? [legendItem(ctx, symbol(30, (x, cy) => [...arrow(c.pain)(x, cy), ...failureMarker(x + 23, cy, c.pain, 5.5)]), say(words, 'handoff.riskyKey'), false)]
      : []),
  ];
}

const SAMPLE = 36;

/** Key entries for the emotion lane's 1.1 marks: the compared curve and a persona's gap. */
function curveKeyItems(ctx: LayoutContext): FlowItem[] {
  const { words, theme } = ctx;
  const color = theme.colors.mutedText;
  const sample = (dash: readonly number[], width: number, opacity: number): LegendSymbol => ({
    width: SAMPLE,
    height: 16,
    draw: (x, cy) => [{ kind: 'path', commands: [{ op: 'M', x: round2(x), y: round2(cy) }, { op: 'L', x: round2(x + SAMPLE), y: round2(cy) }], stroke: { color, width, dash }, opacity }],
  });
  const items: FlowItem[] = [];
  if (!ctx.journey.lanes.some((l) => l.kind === 'builtin' && l.id === 'emotions')) return items;
  if (ctx.compare) {
    const item = legendItem(ctx, sample(COMPARE_DASH, 2.5, COMPARE_OPACITY), say(words, 'compare.legend'), false);
    // A group of its own, so the HTML page hides it with the curves it explains.
    items.push({ ...item, build: (x, y) => [{ kind: 'group', role: 'compare-legend', label: say(words, 'compare.legend'), children: [...item.build(x, y)] }] });
  }
  if (ctx.personas.some((p) => personaSkips(ctx, p.id))) items.push(legendItem(ctx, sample(GAP_DASH, 1.5, 0.55), say(words, 'emotion.gap'), false));
  return items;
}

/** Whether a persona's curve has a gap: a column between its first and last point without one. */
function personaSkips(ctx: LayoutContext, persona: string): boolean {
  const at = ctx.columns.map((c) => c.touchpoint !== undefined && c.touchpoint.personas.includes(persona) && c.touchpoint.emotion[persona] !== undefined);
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
  const textW = Math.min(220, boxWidthFor(text, font));
  const probe = textBlock(text, { x: 0, y: 0, width: textW }, { font, color: ctx.theme.colors.text, maxLines: 2 });
  const textH = probe?.height ?? lineHeight(font);
  const height = Math.max(textH, symbol.height);
  return {
    width: symbol.width + 8 + textW,
    height,
    build: (x, y) => {
      const block = textBlock(text, { x: x + symbol.width + 8, y: y + (height - textH) / 2, width: textW }, { font, color: ctx.theme.colors.text, maxLines: 2 });
      return [...symbol.draw(x, y + height / 2), ...(block ? [block.node] : [])];
    },
  };
}

const AVATAR = 26;

function sectionLabel(ctx: LayoutContext, text: string, x: number, y: number): { node: SceneNode; height: number } | undefined {
  const block = textBlock(text, { x, y, width: 200 }, { font: { face: 'semibold', size: ctx.theme.fontSizes.small }, color: ctx.theme.colors.mutedText, maxLines: 1 });
  return block && { node: block.node, height: block.height + 6 };
}

const disc = (color: string, symbol: ReturnType<typeof plusPath>, cx: number, cy: number): SceneNode[] => [
  { kind: 'path', commands: placeCommands(circlePath(0, 0, 1), cx, cy, 5.5), fill: color },
  { kind: 'path', commands: placeCommands(symbol, cx, cy, 5.5), stroke: { color: '#ffffff', width: 1.6 } },
];

/** The light strip under the header: personas, key, journey KPIs, side by side when room allows. */
export function layoutLegend(ctx: LayoutContext, top: number): { nodes: SceneNode[]; height: number } {
  const { theme, words } = ctx;
  const c = theme.colors;
  const x0 = SIZES.margin;
  const contentW = ctx.width - 2 * SIZES.margin;
  const y0 = top + 18;
  const children: SceneNode[] = [];
  const personaItems = ctx.personas.map((p): FlowItem => {
    const image = ctx.journey.personas.find((q) => q.id === p.id)?.image;
    const sample: LegendSymbol = {
      width: SAMPLE + (image ? AVATAR + 8 : 0),
      height: image ? AVATAR : 16,
      draw: (x, cy) => [
        { kind: 'path', commands: [{ op: 'M', x: round2(x), y: round2(cy) }, { op: 'L', x: round2(x + SAMPLE), y: round2(cy) }], stroke: { color: p.color, width: 2.5, ...(p.dash ? { dash: p.dash } : {}) } },
        { kind: 'path', commands: placeCommands(markerPath(p.marker), x + SAMPLE / 2, cy, SIZES.markerRadius - 1), fill: p.color, stroke: { color: '#ffffff', width: 1.5 } },
        ...(image
          ? [
              { kind: 'image', x: round2(x + SAMPLE + 8), y: round2(cy - AVATAR / 2), width: AVATAR, height: AVATAR, asset: image } as const,
              rect(x + SAMPLE + 8, cy - AVATAR / 2, AVATAR, AVATAR, { radius: 4, stroke: { color: p.color, width: 1.5 } }),
            ]
          : []),
      ],
    };
    const item = legendItem(ctx, sample, p.name, true);
    // A group per persona so the HTML persona switcher can dim the others' legend entries too.
    return { ...item, build: (x, y) => [{ kind: 'group', role: 'legend-persona', ref: { kind: 'persona', id: p.id }, personas: [p.id], label: p.name, children: [...item.build(x, y)] }] };
  });
  const symbol = (width: number, draw: (x: number, cy: number) => SceneNode[]): LegendSymbol => ({ width, height: 16, draw });
  const keyItems = [
    legendItem(ctx, symbol(12, (x, cy) => [{ kind: 'path', commands: placeCommands(starPath(), x + 6, cy, 6.5), fill: c.critical }]), say(words, 'mark.momentOfTruth'), false),
    legendItem(ctx, symbol(11, (x, cy) => disc(c.pain, minusPath(), x + 5.5, cy)), say(words, 'mark.pain'), false),
    legendItem(ctx, symbol(11, (x, cy) => disc(c.opportunity, plusPath(), x + 5.5, cy)), say(words, 'mark.opportunity'), false),
    legendItem(ctx, symbol(11, (x, cy) => disc(c.kpiMet, checkPath(), x + 5.5, cy)), say(words, 'mark.kpiMet'), false),
    legendItem(ctx, symbol(11, (x, cy) => disc(c.kpiMissed, crossPath(), x + 5.5, cy)), say(words, 'mark.kpiMissed'), false),
    ...blueprintKey(ctx, (width, draw) => symbol(width, draw)),
    ...curveKeyItems(ctx),
  ];
  const kpiW = 190;
  const leftW = ctx.journey.kpis.length > 0 && contentW >= 640 + kpiW ? Math.min(contentW - kpiW - 40, 760) : contentW;
  let y = y0;
  const sections: [string, FlowItem[]][] = [
    [say(words, ctx.personas.length === 1 ? 'legend.persona.caps' : 'legend.personas.caps'), personaItems],
    [say(words, 'legend.key.caps'), keyItems],
  ];
  for (const [label, items] of sections) {
    const l = sectionLabel(ctx, label, x0, y);
    if (l) children.push(l.node);
    const laid = flow(items, { x: x0, y: y + (l?.height ?? 0), maxWidth: leftW }, { x: 28, y: 8 });
    children.push(...laid.nodes);
    y += (l?.height ?? 0) + laid.height + 14;
  }
  let bottom = y;
  if (ctx.journey.kpis.length > 0) {
    const sideBySide = leftW < contentW;
    const kx = sideBySide ? x0 + leftW + 40 : x0;
    const ky = sideBySide ? y0 : y;
    const l = sectionLabel(ctx, say(words, 'legend.journeyKpis.caps'), kx, ky);
    if (l) children.push(l.node);
    const cards: FlowItem[] = ctx.journey.kpis.map((kpi) => {
      const probe = kpiCard(kpi, { x: 0, y: 0, width: kpiW }, ctx, { kind: 'journey' });
      return { width: kpiW, height: probe.height, build: (cx, cy) => [kpiCard(kpi, { x: cx, y: cy, width: kpiW }, ctx, { kind: 'journey' }).node] };
    });
    const laid = flow(cards, { x: kx, y: ky + (l?.height ?? 0), maxWidth: x0 + contentW - kx }, { x: 10, y: 10 });
    children.push(...laid.nodes);
    bottom = Math.max(bottom, ky + (l?.height ?? 0) + laid.height + 14);
  }
  const height = round2(bottom + 4 - top);
  return {
    nodes: [
      {
        kind: 'group',
        role: 'legend',
        ref: { kind: 'legend', id: 'legend' },
        children: [rect(0, top, ctx.width, height, { fill: c.laneTitleBackground }), rect(0, top + height - 1, ctx.width, 1, { fill: c.grid }), ...children],
      },
    ],
    height,
  };
}
