// A KPI card: name, value+unit, target (with ≥/≤ from `better`) and a met/missed status told by
// colour AND a symbol AND words; with `data` a sparkline and "as of", with `compare` the current
// state's value beside the target. Used by the kpis lane, stage headers and the header strip.
import type { Kpi } from '../model/journey.js';
import { kpiStatus } from '../model/kpi-met.js';
import { withUnit } from '../scene/number-label.js';
import type { GroupNode, SceneNode } from '../scene/scene.js';
import { inkOn } from '../theme/contrast.js';
import type { Theme } from '../theme/theme.js';
import { type CompareView, comparedKpi, type KpiOwner } from '../view/compare-view.js';
import type { Formats } from '../view/formats.js';
import { KPI_STATUS_WORD } from '../words/kpi-status-word.js';
import { say, type Words } from '../words/say.js';
import { placeCommands, rect } from './geometry.js';
import { lineHeight } from './measure-text.js';
import { checkPath, circlePath, crossPath, minusPath } from './shapes.js';
import { SPARKLINE_HEIGHT, sparkline } from './sparkline.js';
import { type TextMemo, textBlock } from './text-block.js';

const PAD = 8;
const STRIPE = 4;

/** A card's sizes (px) besides its padding and status stripe. */
const CARD = {
  /** The value is set this much larger than the theme's stage size. */
  valueSizeUp: 1,
  /** Above the sparkline, and under it before "as of". */
  sparklineGap: 2,
  sparklineBottomGap: 4,
  statusGap: 3,
  statusDiscRadius: 5.5,
  statusSymbolStroke: 1.6,
  /** Between the status disc and its words. */
  statusTextGap: 5,
  border: 1,
  radius: 6,
  stripeRadius: 2,
} as const;

/** What a card needs of the layout context (the view's theme, words, formatter and comparison). */
export interface KpiCardLook {
  readonly theme: Theme;
  readonly words: Words;
  readonly format: Formats;
  readonly compare?: CompareView;
  /** The layout's wrapped texts (LayoutContext.text). */
  readonly text?: TextMemo;
}

export function kpiCard(
  kpi: Kpi,
  at: { x: number; y: number; width: number },
  look: KpiCardLook,
  owner: KpiOwner,
): { node: GroupNode; height: number } {
  const { theme, words, format } = look;
  const formatNumber = format.number;
  const { x, width } = at;
  const status = kpiStatus(kpi);
  const statusText = say(words, KPI_STATUS_WORD[status]);
  const statusColor = status === 'met' ? theme.colors.kpiMet : status === 'missed' ? theme.colors.kpiMissed : theme.colors.kpiUnknown;
  const small = { face: 'regular', size: theme.fontSizes.small } as const;
  const textX = x + STRIPE + PAD;
  const textW = width - STRIPE - 2 * PAD;
  const content: SceneNode[] = [];
  let y = at.y + PAD;
  const name = textBlock(
    kpi.name,
    { x: textX, y, width: textW },
    { memo: look.text, font: small, color: theme.colors.mutedText, maxLines: 2 },
  );
  if (name) {
    content.push(name.node);
    y += name.height;
  }
  // A long unit wraps the value (and the target line) rather than cutting the figure short.
  const value = kpi.value === undefined ? '\u2014' : withUnit(formatNumber(kpi.value), kpi.unit);
  const big = textBlock(
    value,
    { x: textX, y, width: textW },
    { memo: look.text, font: { face: 'semibold', size: theme.fontSizes.stage + CARD.valueSizeUp }, color: theme.colors.text, maxLines: 3 },
  );
  if (big) {
    content.push(big.node);
    y += big.height;
  }
  const series = kpi.series;
  if (series && series.points.length > 0) {
    content.push({
      kind: 'group',
      role: 'sparkline',
      label: say(words, 'kpi.seriesOf', { kpi: kpi.name }),
      children: sparkline(series, { x: textX, y: y + CARD.sparklineGap, width: textW }, theme.colors.accent),
    });
    y += SPARKLINE_HEIGHT + CARD.sparklineBottomGap;
    const last = series.points[series.points.length - 1];
    const asOf =
      last &&
      textBlock(
        say(words, 'kpi.asOf', { date: format.date(last.date) }),
        { x: textX, y, width: textW },
        { memo: look.text, font: small, color: theme.colors.mutedText, maxLines: 2 },
      );
    if (asOf) {
      content.push(asOf.node);
      y += asOf.height;
    }
  }
  const details: string[] = [];
  if (kpi.target !== undefined)
    details.push(
      say(words, 'kpi.target', {
        target: `${kpi.better === 'lower' ? '\u2264' : '\u2265'} ${withUnit(formatNumber(kpi.target), kpi.unit)}`,
      }),
    );
  else details.push(say(words, kpi.better === 'lower' ? 'kpi.lowerIsBetter' : 'kpi.higherIsBetter'));
  const before = comparedKpi(look.compare, owner, kpi.name);
  if (before?.value !== undefined)
    details.push(say(words, 'kpi.current', { value: withUnit(formatNumber(before.value), before.unit ?? kpi.unit) }));
  if (kpi.baseline !== undefined) details.push(say(words, 'kpi.baseline', { baseline: withUnit(formatNumber(kpi.baseline), kpi.unit) }));
  const detail = textBlock(
    details.join(' \u00b7 '),
    { x: textX, y, width: textW },
    { memo: look.text, font: small, color: theme.colors.mutedText, maxLines: 3 },
  );
  if (detail) {
    content.push(detail.node);
    y += detail.height;
  }
  // Status row: a disc with ✓ / ✗ / − and the words, so it never relies on colour alone.
  y += CARD.statusGap;
  const statusFont = { face: 'semibold', size: theme.fontSizes.small } as const;
  const rowH = lineHeight(statusFont);
  const r = CARD.statusDiscRadius;
  const cx = textX + r;
  const cy = y + rowH / 2;
  const symbol = status === 'met' ? checkPath() : status === 'missed' ? crossPath() : minusPath();
  content.push(
    { kind: 'path', commands: placeCommands(circlePath(0, 0, 1), cx, cy, r), fill: statusColor },
    { kind: 'path', commands: placeCommands(symbol, cx, cy, r), stroke: { color: '#ffffff', width: CARD.statusSymbolStroke } },
  );
  const label = textBlock(
    statusText,
    { x: textX + 2 * r + CARD.statusTextGap, y, width: textW - 2 * r - CARD.statusTextGap },
    { memo: look.text, font: statusFont, color: inkOn(statusColor, theme.colors.cardBackground, theme), maxLines: 1 },
  );
  if (label) content.push(label.node);
  y += rowH + PAD;
  const height = y - at.y;
  const card: SceneNode[] = [
    rect(x, at.y, width, height, {
      fill: theme.colors.cardBackground,
      stroke: { color: theme.colors.cardBorder, width: CARD.border },
      radius: CARD.radius,
    }),
    rect(x, at.y, STRIPE, height, { fill: statusColor, radius: CARD.stripeRadius }),
    ...content,
  ];
  const label2 = [kpi.name, value, statusText].join(', ');
  return { node: { kind: 'group', role: 'kpi', ref: { kind: 'kpi', id: kpi.name }, label: label2, children: card }, height };
}
