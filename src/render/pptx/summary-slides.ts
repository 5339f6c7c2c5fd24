// The KPI table and the action list as native PowerPoint tables, from the same data functions as
// the PDF's summary pages (render/summary-data.ts), with the map's number labels.
import type { Slide } from './pptxgen.js';
import type { Journey, Kpi } from '../../model/journey.js';
import { formatNumber } from '../../scene/number-label.js';
import { collectKpis, groupByOwner, statusText } from '../summary-data.js';
import { CONTENT, hex, place, pt, type ChromeContext } from './slide-chrome.js';
import { addTableSlides, type TableCellSpec } from './table-slides.js';
import { PPTX_WORDS as W } from './words.js';
import { say, sayCount, type Words } from '../../words/say.js';

const KPI_COLUMNS = ['kpiTable.kpi', 'kpiTable.where', 'kpiTable.value', 'kpiTable.target', 'kpiTable.baseline', 'kpiTable.unit', 'kpiTable.source', 'kpiTable.status'] as const;

const number = (n: number | undefined): string => (n === undefined ? '' : formatNumber(n));
const target = (k: Kpi): string => (k.target === undefined ? '—' : `${k.better === 'lower' ? '≤' : '≥'} ${formatNumber(k.target)}`);

export function addKpiSlides(c: ChromeContext, journey: Journey, words: Words, newSlide: () => Slide): Slide[] {
  const rows = collectKpis(journey, words);
  if (rows.length === 0) return [];
  const { colors } = c.theme;
  const shares = [0.19, 0.21, 0.08, 0.09, 0.08, 0.06, 0.18, 0.11];
  const aligns = ['left', 'left', 'right', 'right', 'right', 'left', 'left', 'left'] as const;
  const met = rows.filter((r) => r.kpi.met === true).length;
  const missed = rows.filter((r) => r.kpi.met === false).length;
  let first = true;
  return addTableSlides(
    c,
    {
      columns: KPI_COLUMNS.map((id, i) => ({ title: say(words, id), share: shares[i]!, align: aligns[i]! })),
      rows: rows.map(({ kpi, where }): TableCellSpec[] => [
        { text: kpi.name, bold: true },
        { text: where, color: colors.mutedText },
        { text: number(kpi.value) },
        { text: target(kpi) },
        { text: number(kpi.baseline) },
        { text: kpi.unit ?? '' },
        { text: kpi.source ?? '', color: colors.mutedText },
        { text: statusText(kpi, words), bold: true, color: kpi.met === true ? colors.kpiMet : kpi.met === false ? colors.kpiMissed : colors.kpiUnknown },
      ]),
      firstTop: 0.45,
    },
    () => {
      const slide = newSlide();
      if (first) {
        slide.addText(say(words, 'kpi.summary', { kpis: sayCount(words, 'kpi.count', rows.length), met, missed, open: rows.length - met - missed }), { ...place(c.frame, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.width, h: 0.3 }), fontFace: 'Inter', fontSize: pt(c.frame, 11), color: hex(colors.mutedText), margin: 0, valign: 'top' });
        first = false;
      }
      return slide;
    },
  );
}

/** The action list: by stage, then owner (owners in order of appearance, "No owner" last). */
export function addActionSlides(c: ChromeContext, journey: Journey, words: Words, newSlide: () => Slide): Slide[] {
  const { colors } = c.theme;
  const rows: TableCellSpec[][] = journey.stages.flatMap((stage) =>
    groupByOwner(stage).flatMap((group) =>
      group.items.map((item): TableCellSpec[] => [
        { text: group.owner ?? say(words, 'owner.none'), bold: true },
        { text: stage.name },
        { text: say(words, item.kind === 'pain' ? 'action.pain' : 'action.opportunity'), bold: true, color: item.kind === 'pain' ? colors.pain : colors.opportunity },
        { text: item.text },
        { text: item.touchpoint.critical ? say(words, 'action.momentOfTruth', { touchpoint: item.touchpoint.name }) : item.touchpoint.name, color: colors.mutedText },
      ]),
    ),
  );
  if (rows.length === 0) return [];
  const shares = [0.16, 0.14, 0.1, 0.38, 0.22];
  return addTableSlides(c, { columns: W.actionColumns.map((title, i) => ({ title, share: shares[i]! })), rows }, newSlide);
}
