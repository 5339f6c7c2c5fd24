// The KPI page: journey, stage and touchpoint KPIs in one table (name, where, value, target,
// baseline, unit, source, data, met/missed), header repeated on every page; a KPI read from a data
// file gets its series as a sparkline and "as of" in the data column. Skipped without KPIs.
import type { Journey, Kpi } from '../../model/journey.js';
import type { Formats } from '../../view/formats.js';
import { say, sayCount, type WordId, type Words } from '../../words/say.js';
import { lineWidth } from '../run-width.js';
import { collectKpis, type KpiRow, seriesFacts, statusText } from '../summary-data.js';
import { type Chrome, contentWidth, createFlow, type Flow, MARGIN } from './page-chrome.js';
import { tint } from './pdf-color.js';
import { block, measure, type TextStyle } from './summary-text.js';

export { collectKpis, type KpiRow, statusText } from '../summary-data.js';

/** A KPI figure as the view's formatter writes it (1,8 in de), or a dash when absent. */
const dashOr = (n: number | undefined, format: Formats): string => (n === undefined ? '—' : format.number(n));

interface Column {
  /** The column's header, set in capitals. */
  readonly title: WordId;
  readonly share: number;
  readonly align: 'left' | 'right';
  readonly cell: (row: KpiRow, words: Words, format: Formats) => string;
}

const COLUMNS: readonly Column[] = [
  { title: 'kpiTable.kpi.caps', share: 0.19, align: 'left', cell: (r) => r.kpi.name },
  { title: 'kpiTable.where.caps', share: 0.15, align: 'left', cell: (r) => r.where },
  { title: 'kpiTable.value.caps', share: 0.08, align: 'right', cell: (r, _words, format) => dashOr(r.kpi.value, format) },
  {
    title: 'kpiTable.target.caps',
    share: 0.09,
    align: 'right',
    cell: (r, _words, format) =>
      r.kpi.target === undefined ? '—' : `${r.kpi.better === 'lower' ? '≤' : '≥'} ${format.number(r.kpi.target)}`,
  },
  { title: 'kpiTable.baseline.caps', share: 0.08, align: 'right', cell: (r, _words, format) => dashOr(r.kpi.baseline, format) },
  { title: 'kpiTable.unit.caps', share: 0.06, align: 'left', cell: (r) => r.kpi.unit ?? '' },
  { title: 'kpiTable.source.caps', share: 0.12, align: 'left', cell: (r) => r.kpi.source ?? '' },
  { title: 'kpiTable.series.caps', share: 0.12, align: 'left', cell: (r, words, format) => seriesFacts(r.kpi, words, format)?.asOf ?? '' },
  { title: 'kpiTable.status.caps', share: 0.11, align: 'left', cell: (r, words) => statusText(r.kpi, words) },
];

const CELL_PAD_X = 6;
const CELL_PAD_Y = 6;
const HEADER_H = 22;

function columnXs(chrome: Chrome): { x: number; width: number }[] {
  const total = contentWidth(chrome);
  let x = MARGIN;
  return COLUMNS.map((c) => {
    const col = { x, width: c.share * total };
    x += col.width;
    return col;
  });
}

function drawHeader(flow: Flow): void {
  const { chrome } = flow;
  const { doc, theme } = chrome;
  const xs = columnXs(chrome);
  const style: TextStyle = { face: 'semibold', size: 8.5, color: theme.colors.laneTitleText };
  // A title another locale writes longer (AUSGANGSWERT) wraps: the header grows to hold it.
  const titles = COLUMNS.map((c) => say(chrome.words, c.title));
  const line = measure(chrome, 'X', style, contentWidth(chrome));
  const height = HEADER_H + Math.max(0, ...titles.map((t, i) => measure(chrome, t, style, xs[i]!.width - 2 * CELL_PAD_X) - line));
  doc.rect(MARGIN, flow.y, contentWidth(chrome), height).fill(theme.colors.laneTitleBackground);
  doc
    .moveTo(MARGIN, flow.y + height)
    .lineTo(MARGIN + contentWidth(chrome), flow.y + height)
    .lineWidth(1)
    .stroke(theme.colors.cardBorder);
  COLUMNS.forEach((c, i) => {
    const col = xs[i]!;
    block(chrome, titles[i]!, { x: col.x + CELL_PAD_X, y: flow.y + 7, width: col.width - 2 * CELL_PAD_X, align: c.align }, style);
  });
  flow.y += height;
}

function summaryLine(rows: readonly KpiRow[], words: Words): string {
  const met = rows.filter((r) => r.kpi.met === true).length;
  const missed = rows.filter((r) => r.kpi.met === false).length;
  const open = rows.length - met - missed;
  return say(words, 'kpi.summary', { kpis: sayCount(words, 'kpi.count', rows.length), met, missed, open });
}

function drawStatus(chrome: Chrome, kpi: Kpi, col: { x: number; width: number }, y: number): void {
  const { doc, theme } = chrome;
  const color = kpi.met === true ? theme.colors.kpiMet : kpi.met === false ? theme.colors.kpiMissed : theme.colors.kpiUnknown;
  const text = statusText(kpi, chrome.words);
  const style: TextStyle = { face: 'semibold', size: 8.5, color };
  const w = lineWidth(text, style) + 12;
  doc.roundedRect(col.x + CELL_PAD_X, y - 3, w, 15, 7.5).fill(tint(color, 0.86));
  block(chrome, text, { x: col.x + CELL_PAD_X + 6, y: y + 0.5, width: w }, style);
}

const SPARK_H = 16;

/** The series as a sparkline in pdfkit vector lines (the Scene's sparkline is map geometry). */
function drawSparkline(chrome: Chrome, points: readonly { value: number }[], at: { x: number; y: number; width: number }): void {
  const { doc, theme } = chrome;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const px = (i: number) => (values.length === 1 ? at.x + at.width - 2 : at.x + 2 + (i / (values.length - 1)) * (at.width - 4));
  const py = (v: number) => (max === min ? at.y + SPARK_H / 2 : at.y + 2 + ((max - v) / (max - min)) * (SPARK_H - 4));
  if (values.length > 1) {
    values.forEach((v, i) => (i === 0 ? doc.moveTo(px(i), py(v)) : doc.lineTo(px(i), py(v))));
    doc.lineWidth(1.2).stroke(theme.colors.accent);
  }
  const last = values.length - 1;
  doc.circle(px(last), py(values[last] as number), 2).fill(theme.colors.accent);
}

export function drawKpiPage(chrome: Chrome, journey: Journey, format: Formats): boolean {
  const { words } = chrome;
  const rows = collectKpis(journey, words);
  if (rows.length === 0) return false;
  const { doc, theme } = chrome;
  const title = say(words, 'section.kpis');
  const flow = createFlow(chrome, title, drawHeader);
  doc.outline.addItem(title);
  block(
    chrome,
    summaryLine(rows, words),
    { x: MARGIN, y: flow.y, width: contentWidth(chrome) },
    { face: 'regular', size: 10, color: theme.colors.mutedText },
  );
  flow.y += 22;
  drawHeader(flow);
  const xs = columnXs(chrome);
  const body: TextStyle = { face: 'regular', size: 9.5, color: theme.colors.text };
  const strong: TextStyle = { ...body, face: 'semibold' };
  rows.forEach((row, index) => {
    const series = seriesFacts(row.kpi, words, format);
    const sparkH = series ? SPARK_H + 3 : 0;
    const heights = COLUMNS.map((c, i) =>
      c.title === 'kpiTable.status.caps'
        ? 12
        : (c.title === 'kpiTable.series.caps' ? sparkH : 0) +
          measure(chrome, c.cell(row, words, format), i === 0 ? strong : body, xs[i]!.width - 2 * CELL_PAD_X),
    );
    const rowH = Math.max(...heights) + 2 * CELL_PAD_Y;
    flow.reserve(rowH);
    if (index % 2 === 1) doc.rect(MARGIN, flow.y, contentWidth(chrome), rowH).fill(tint(theme.colors.grid, 0.7));
    COLUMNS.forEach((c, i) => {
      const col = xs[i]!;
      if (c.title === 'kpiTable.status.caps') return drawStatus(chrome, row.kpi, col, flow.y + CELL_PAD_Y);
      const style =
        i === 0
          ? strong
          : c.title === 'kpiTable.where.caps' || c.title === 'kpiTable.source.caps' || c.title === 'kpiTable.series.caps'
            ? { ...body, color: theme.colors.mutedText }
            : body;
      let top = flow.y + CELL_PAD_Y;
      if (c.title === 'kpiTable.series.caps' && series) {
        drawSparkline(chrome, series.points, { x: col.x + CELL_PAD_X, y: top, width: col.width - 2 * CELL_PAD_X });
        top += sparkH;
      }
      block(
        chrome,
        c.cell(row, words, format),
        { x: col.x + CELL_PAD_X, y: top, width: col.width - 2 * CELL_PAD_X, align: c.align },
        style,
      );
    });
    doc
      .moveTo(MARGIN, flow.y + rowH)
      .lineTo(MARGIN + contentWidth(chrome), flow.y + rowH)
      .lineWidth(0.5)
      .stroke(theme.colors.grid);
    flow.y += rowH;
  });
  return true;
}
