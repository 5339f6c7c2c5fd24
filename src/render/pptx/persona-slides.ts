// One slide per persona the view shows (the implicit "Customer" gets none): picture or initials, name, role,
// age and tech, the quote, and goals, needs and frustrations as three bulleted columns, the
// text size stepped down until the longest column fits. Same content as the PDF personas page.

import type { Persona } from '../../model/journey.js';
import { type JourneyView, personaStyleOf } from '../../view/journey-view.js';
import { say, type Words } from '../../words/say.js';
import type { AssetStore } from '../renderer.js';
import { personaSubtitle as subtitleOf } from '../summary-data.js';
import { fitInto, imageSize } from './image-size.js';
import { lineCount, linesHeightIn } from './measure.js';
import type { PptxGen, Slide } from './pptxgen.js';
import { type ChromeContext, CONTENT, hex, place, pt } from './slide-chrome.js';

const AVATAR = 1.3;
const COLUMN_GAP = 0.35;
const SIZES = [14, 13, 12, 11, 10, 9, 8] as const;

const initialsOf = (name: string): string =>
  name
    .split(/[\s,]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

function drawAvatar(slide: Slide, c: ChromeContext, p: Persona, color: string, assets: AssetStore): void {
  const box = { x: CONTENT.x, y: CONTENT.y, width: AVATAR, height: AVATAR };
  const asset = p.image ? assets.get(p.image) : undefined;
  const size = asset && asset.mediaType !== 'image/svg+xml' ? imageSize(asset.bytes) : undefined;
  if (asset && size) {
    const r = fitInto(size, box, 'cover');
    slide.addImage({
      data: `${asset.mediaType};base64,${Buffer.from(asset.bytes).toString('base64')}`,
      ...place(c.frame, { x: box.x, y: box.y, w: r.width, h: r.height }),
      sizing: {
        type: 'cover',
        w: place(c.frame, { x: 0, y: 0, w: AVATAR, h: AVATAR }).w,
        h: place(c.frame, { x: 0, y: 0, w: AVATAR, h: AVATAR }).h,
      },
      rounding: true,
    });
    return;
  }
  slide.addText(initialsOf(p.name), {
    shape: 'ellipse',
    ...place(c.frame, { x: box.x, y: box.y, w: AVATAR, h: AVATAR }),
    fill: { color: hex(color), transparency: 75 },
    line: { color: hex(color), width: pt(c.frame, 1.5) },
    color: hex(color),
    bold: true,
    fontFace: 'Inter',
    fontSize: pt(c.frame, 28),
    align: 'center',
    valign: 'middle',
    margin: 0,
  });
}

function drawColumns(slide: Slide, c: ChromeContext, p: Persona, color: string, top: number, words: Words): void {
  const sections = (
    [
      [say(words, 'persona.goals.caps'), p.goals, false],
      [say(words, 'persona.needs.caps'), p.needs, false],
      [say(words, 'persona.frustrations.caps'), p.frustrations, true],
    ] as const
  ).filter(([, items]) => items.length > 0);
  if (sections.length === 0) return;
  const width = (CONTENT.width - COLUMN_GAP * 2) / 3;
  const height = CONTENT.y + CONTENT.height - top - 0.35;
  const textWidth = width - 0.3;
  const fits = (size: number) =>
    sections.every(
      ([, items]) =>
        linesHeightIn(
          items.reduce((n, item) => n + lineCount(item, 'regular', size, textWidth), 0),
          size,
        ) +
          (items.length * (size * 0.3)) / 72 <=
        height,
    );
  const size = SIZES.find(fits) ?? SIZES[SIZES.length - 1]!;
  sections.forEach(([label, items, frustrations], i) => {
    const x = CONTENT.x + i * (width + COLUMN_GAP);
    const accent = frustrations ? c.theme.colors.pain : color;
    slide.addText(label, {
      ...place(c.frame, { x, y: top, w: width, h: 0.3 }),
      fontFace: 'Inter',
      fontSize: pt(c.frame, 10),
      bold: true,
      color: hex(accent),
      margin: 0,
      valign: 'top',
    });
    slide.addText(
      items.map((text, j) => ({ text, options: { bullet: { indent: pt(c.frame, 12) }, breakLine: j < items.length - 1 } })),
      {
        ...place(c.frame, { x, y: top + 0.35, w: width, h: height }),
        fontFace: 'Inter',
        fontSize: pt(c.frame, size),
        color: hex(c.theme.colors.text),
        margin: 0,
        valign: 'top',
        paraSpaceAfter: pt(c.frame, size * 0.3),
        fit: 'none',
      },
    );
  });
}

/** Adds the persona slides; returns how many (0 when only the implicit persona exists). */
export function addPersonaSlides(
  pptx: PptxGen,
  c: ChromeContext,
  view: JourneyView,
  assets: AssetStore,
  header: (slide: Slide, title: string) => void,
): Slide[] {
  return view.journey.personas
    .filter((p) => !p.implicit)
    .map((p) => {
      const slide = pptx.addSlide();
      header(slide, say(view.words, 'section.personas'));
      const subtitle = subtitleOf(p, view.words);
      // The map's colour for this persona (the view resolves it once for every format).
      const color = personaStyleOf(view, p.id)?.color ?? c.theme.colors.accent;
      drawAvatar(slide, c, p, color, assets);
      const textX = CONTENT.x + AVATAR + 0.3;
      const textW = CONTENT.width - AVATAR - 0.3;
      slide.addText(
        [
          { text: p.name, options: { fontSize: pt(c.frame, 24), bold: true, color: hex(c.theme.colors.text), breakLine: subtitle !== '' } },
          ...(subtitle ? [{ text: subtitle, options: { fontSize: pt(c.frame, 12), color: hex(c.theme.colors.mutedText) } }] : []),
        ],
        {
          ...place(c.frame, { x: textX, y: CONTENT.y, w: textW, h: p.quote ? 0.75 : AVATAR }),
          fontFace: 'Inter',
          margin: 0,
          valign: p.quote ? 'top' : 'middle',
          fit: 'none',
        },
      );
      let top = CONTENT.y + AVATAR + 0.3;
      if (p.quote) {
        slide.addShape('rect', {
          ...place(c.frame, { x: textX, y: CONTENT.y + 0.85, w: 0.05, h: 0.5 }),
          fill: { color: hex(color) },
          line: { type: 'none' },
        });
        const quoted = say(view.words, 'text.quoted', { text: p.quote });
        const quoteSize = lineCount(quoted, 'regular', 13, textW - 0.2) > 2 ? 10 : 13;
        slide.addText(quoted, {
          ...place(c.frame, { x: textX + 0.2, y: CONTENT.y + 0.8, w: textW - 0.2, h: 0.6 }),
          fontFace: 'Inter',
          fontSize: pt(c.frame, quoteSize),
          italic: true,
          color: hex(c.theme.colors.text),
          margin: 0,
          valign: 'middle',
          fit: 'none',
        });
        top = Math.max(top, CONTENT.y + 1.6);
      }
      drawColumns(slide, c, p, color, top, view.words);
      return slide;
    });
}
