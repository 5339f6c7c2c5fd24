// The "Current → future" slides of a journey with `compare`, from the same rows as the PDF's page
// (view/compare-summary.ts): new, removed and changed touchpoints as three bulleted text columns,
// then the emotion change per stage and persona as a native table. None without `compare`.

import { compareSummary } from '../../view/compare-summary.js';
import type { JourneyView } from '../../view/journey-view.js';
import { say } from '../../words/say.js';
import { lineCount, linesHeightIn } from './measure.js';
import type { Slide } from './pptxgen.js';
import { type ChromeContext, CONTENT, hex, place, pt } from './slide-chrome.js';
import { addTableSlides } from './table-slides.js';

const COLUMN_GAP = 0.35;
const TOP = 0.45;
const SIZES = [14, 13, 12, 11, 10, 9, 8] as const;

/** Adds the compare slides (the touchpoint lists, then the emotion table); returns them. */
export function addCompareSlides(c: ChromeContext, view: JourneyView, newSlide: () => Slide): Slide[] {
  const summary = compareSummary(view);
  if (!summary) return [];
  const { words } = view;
  const { colors } = c.theme;
  const none = say(words, 'compare.none');
  const columns: readonly (readonly [string, readonly string[]])[] = [
    [say(words, 'compare.added'), summary.added],
    [say(words, 'compare.removedList'), summary.removed],
    [
      say(words, 'compare.changed'),
      summary.changed.map(([touchpoint, fields]) => say(words, 'compare.changedFields', { touchpoint, fields })),
    ],
  ];
  const muted = {
    fontFace: 'Inter',
    fontSize: pt(c.frame, 11),
    color: hex(colors.mutedText),
    margin: 0,
    valign: 'top' as const,
    fit: 'none' as const,
  };

  const lists = newSlide();
  lists.addText(summary.against, { ...place(c.frame, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.width, h: 0.3 }), ...muted });
  const width = (CONTENT.width - COLUMN_GAP * 2) / 3;
  const top = CONTENT.y + TOP + 0.4;
  const height = CONTENT.y + CONTENT.height - top;
  const fits = (size: number) =>
    columns.every(
      ([, items]) =>
        linesHeightIn(
          items.reduce((n, item) => n + lineCount(item, 'regular', size, width - 0.3), 0),
          size,
        ) +
          (items.length * (size * 0.3)) / 72 <=
        height,
    );
  const size = SIZES.find(fits) ?? SIZES[SIZES.length - 1]!;
  columns.forEach(([label, items], i) => {
    const x = CONTENT.x + i * (width + COLUMN_GAP);
    lists.addText(label, {
      ...place(c.frame, { x, y: CONTENT.y + TOP, w: width, h: 0.3 }),
      fontFace: 'Inter',
      fontSize: pt(c.frame, 12),
      bold: true,
      color: hex(colors.text),
      margin: 0,
      valign: 'top',
    });
    const body = {
      ...place(c.frame, { x, y: top, w: width, h: height }),
      fontFace: 'Inter',
      fontSize: pt(c.frame, size),
      color: hex(colors.text),
      margin: 0,
      valign: 'top' as const,
      paraSpaceAfter: pt(c.frame, size * 0.3),
      fit: 'none' as const,
    };
    if (items.length === 0) lists.addText(none, { ...body, color: hex(colors.mutedText) });
    else
      lists.addText(
        items.map((text, j) => ({ text, options: { bullet: { indent: pt(c.frame, 12) }, breakLine: j < items.length - 1 } })),
        body,
      );
  });
  if (summary.emotions.length === 0) return [lists];

  let first = true;
  const table = addTableSlides(
    c,
    {
      columns: (
        ['compare.stage.caps', 'compare.persona.caps', 'compare.before.caps', 'compare.after.caps', 'compare.change.caps'] as const
      ).map((id, i) => ({
        title: say(words, id),
        share: [0.3, 0.3, 0.13, 0.13, 0.14][i]!,
        align: i >= 2 ? ('right' as const) : ('left' as const),
      })),
      rows: summary.emotions.map((row) => [
        { text: row.stage },
        { text: row.persona },
        { text: row.before },
        { text: row.after },
        // The change is told by its sign and by colour; the sign alone carries it in greyscale.
        {
          text: row.change,
          bold: true,
          color: row.delta === undefined || row.delta === 0 ? colors.text : row.delta > 0 ? colors.kpiMet : colors.kpiMissed,
        },
      ]),
      firstTop: TOP,
    },
    () => {
      const slide = newSlide();
      if (first) {
        slide.addText(say(words, 'compare.emotion'), {
          ...place(c.frame, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.width, h: 0.3 }),
          ...muted,
          fontSize: pt(c.frame, 12),
          bold: true,
          color: hex(colors.text),
        });
        first = false;
      }
      return slide;
    },
  );
  return [lists, ...table];
}
