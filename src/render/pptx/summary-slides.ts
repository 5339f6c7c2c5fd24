// The KPI table and the action list as native PowerPoint tables, from the same data functions as
// the PDF's summary pages (render/summary-data.ts), with the map's number labels.

import type { Journey, Kpi } from '../../model/journey.js';
import type { Formats } from '../../view/formats.js';
import { say, sayCount, type Words } from '../../words/say.js';
import { type ActionItem, collectKpis, groupByOwner, statusText } from '../summary-data.js';
import type { Slide } from './pptxgen.js';
import { type ChromeContext, CONTENT, hex, place, pt } from './slide-chrome.js';
import { addTableSlides, type TableCellSpec } from './table-slides.js';

const ACTION_COLUMNS = [
  'action.column.owner',
  'action.column.stage',
  'action.column.type',
  'action.column.action',
  'action.column.touchpoint',
] as const;
const KPI_COLUMNS = [
  'kpiTable.kpi',
  'kpiTable.where',
  'kpiTable.value',
  'kpiTable.target',
  'kpiTable.baseline',
  'kpiTable.unit',
  'kpiTable.source',
  'kpiTable.status',
] as const;

// Figures through the view's formatter, as the map writes them in its locale (1,8 in de).
const number = (n: number | undefined, format: Formats): string => (n === undefined ? '' : format.number(n));
const target = (k: Kpi, format: Formats): string =>
  k.target === undefined ? '—' : `${k.better === 'lower' ? '≤' : '≥'} ${format.number(k.target)}`;

export function addKpiSlides(c: ChromeContext, journey: Journey, words: Words, format: Formats, newSlide: () => Slide): Slide[] {
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
        { text: number(kpi.value, format) },
        { text: target(kpi, format) },
        { text: number(kpi.baseline, format) },
        { text: kpi.unit ?? '' },
        { text: kpi.source ?? '', color: colors.mutedText },
        {
          text: statusText(kpi, words),
          bold: true,
          color: kpi.met === true ? colors.kpiMet : kpi.met === false ? colors.kpiMissed : colors.kpiUnknown,
        },
      ]),
      firstTop: 0.45,
    },
    () => {
      const slide = newSlide();
      if (first) {
        slide.addText(
          say(words, 'kpi.summary', { kpis: sayCount(words, 'kpi.count', rows.length), met, missed, open: rows.length - met - missed }),
          {
            ...place(c.frame, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.width, h: 0.3 }),
            fontFace: 'Inter',
            fontSize: pt(c.frame, 11),
            color: hex(colors.mutedText),
            margin: 0,
            valign: 'top',
          },
        );
        first = false;
      }
      return slide;
    },
  );
}

/** The badge word and colour of an action item, as on the PDF action list. */
function badge(item: ActionItem, words: Words, colors: ChromeContext['theme']['colors']): { text: string; color: string } {
  switch (item.kind) {
    case 'pain':
      return { text: say(words, 'action.pain'), color: colors.pain };
    case 'opportunity':
      return { text: say(words, 'action.opportunity'), color: colors.opportunity };
    case 'failure':
      return { text: say(words, 'action.failure'), color: colors.pain };
    case 'handoff':
      return item.risky
        ? { text: say(words, 'action.riskyHandoff'), color: colors.critical }
        : { text: say(words, 'action.handoff'), color: colors.mutedText };
  }
}

/**
 * The action list: by stage, then owner (owners in order of appearance, "No owner" last), with the
 * failure points (and how the service recovers) and the handoffs, as the PDF's action list has them.
 */
export function addActionSlides(c: ChromeContext, journey: Journey, words: Words, newSlide: () => Slide): Slide[] {
  const { colors } = c.theme;
  const rows: TableCellSpec[][] = journey.stages.flatMap((stage) =>
    groupByOwner(stage, journey).flatMap((group) =>
      group.items.map((item): TableCellSpec[] => {
        const kind = badge(item, words, colors);
        const recovery =
          item.kind !== 'failure'
            ? ''
            : item.touchpoint.recovery !== undefined
              ? say(words, 'failure.recovery', { text: item.touchpoint.recovery })
              : say(words, 'failure.noRecovery');
        return [
          { text: group.owner ?? say(words, 'owner.none'), bold: true },
          { text: stage.name },
          { text: kind.text, bold: true, color: kind.color },
          { text: recovery === '' ? item.text : `${item.text}\n${recovery}` },
          {
            text: item.touchpoint.critical
              ? say(words, 'action.momentOfTruth', { touchpoint: item.touchpoint.name })
              : item.touchpoint.name,
            color: colors.mutedText,
          },
        ];
      }),
    ),
  );
  if (rows.length === 0) return [];
  const shares = [0.16, 0.14, 0.1, 0.38, 0.22];
  const columns = ACTION_COLUMNS.map((id, i) => ({ title: say(words, id), share: shares[i]! }));
  return addTableSlides(c, { columns, rows }, newSlide);
}
