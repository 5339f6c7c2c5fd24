// Text measurement and wrapping from the bundled Inter metrics (src/assets/font-metrics.ts), so
// layout is deterministic and never touches system fonts. Must not cache across calls: the only
// cache is a Map created inside one wrapText call.
import { faceRuns, fallbackAdvanceEm } from '../assets/fallback-faces.js';
import { FACES, type Face, glyphAdvanceEm, isZeroWidth } from '../assets/font-metrics.js';
import { hasShapedText, isShapedRun, shapedAdvanceEm } from '../assets/shaped-advance.js';
import type { FontFaceName, FontSpec } from '../scene/scene.js';
import { breakWord, type Measure, withEllipsis } from '../scene/text-breaks.js';

/**
 * Width in em of a code point no bundled face has. Browsers draw such characters with a system
 * font whose glyphs are usually wider than Inter's .notdef box, so over-estimate rather than overflow.
 */
const WIDE_FALLBACK_EM = 1.3;

/**
 * Inter's advance, else the advance of the first bundled fallback face that has the glyph (the
 * face every renderer then draws it with: assets/fallback-faces.ts faceRuns), else a guess.
 */
function advanceEm(face: Face, weight: FontFaceName, cp: number): number {
  const advance = glyphAdvanceEm(face, cp);
  if (!Number.isNaN(advance)) return advance;
  if (isZeroWidth(cp)) return 0;
  const fallback = fallbackAdvanceEm(cp, weight);
  if (!Number.isNaN(fallback)) return fallback;
  if (cp >= 0x2e80) return WIDE_FALLBACK_EM;
  return face.missingAdvance / face.unitsPerEm;
}

/** The sum of the advances of `text` in em, character by character. */
function advancesEm(text: string, face: Face, weight: FontFaceName): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    em += advanceEm(face, weight, cp);
  }
  return em;
}

/**
 * Advance width of `text` in px with the bundled fonts (no kerning: a slight over-estimate).
 * Arabic and pointed Hebrew are measured shaped, per face run, as every renderer draws them
 * (assets/shaped-advance.ts); a text without them never loads the shaper.
 */
export function measureText(text: string, font: FontSpec): number {
  const face = FACES[font.face];
  if (!hasShapedText(text)) return advancesEm(text, face, font.face) * font.size;
  let em = 0;
  for (const run of faceRuns(text, font.face)) {
    em += isShapedRun(run.text, run.face) ? shapedAdvanceEm(run.text, run.face) : advancesEm(run.text, face, font.face);
  }
  return em * font.size;
}

/** Ascent and descent of the face in px at the font's size (both positive). */
export function fontExtents(font: FontSpec): { ascent: number; descent: number } {
  const face = FACES[font.face];
  return {
    ascent: (face.ascender / face.unitsPerEm) * font.size,
    descent: (-face.descender / face.unitsPerEm) * font.size,
  };
}

/** Line advance used everywhere in layout, so line boxes and the fit tests agree. */
export const lineHeight = (font: FontSpec): number => font.size * 1.4;

/**
 * Greedy word wrap to maxWidth px. Words wider than a line are broken; explicit newlines are
 * kept. With maxLines, the last kept line ends with an ellipsis when text was cut.
 */
export function wrapText(text: string, font: FontSpec, maxWidth: number, maxLines?: number): string[] {
  // Widths add up (no kerning), so each word is measured once and lines are summed, not re-measured.
  const cache = new Map<string, number>();
  const measure: Measure = (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      w = measureText(s, font);
      cache.set(s, w);
    }
    return w;
  };
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== '');
    let current = '';
    let width = 0;
    for (const word of words) {
      const w = measure(word);
      if (current !== '' && width + space + w <= maxWidth) {
        current += ` ${word}`;
        width += space + w;
        continue;
      }
      if (current !== '') lines.push(current);
      if (w <= maxWidth) {
        current = word;
        width = w;
      } else {
        const pieces = breakWord(word, maxWidth, measure);
        current = pieces.pop() ?? '';
        width = measure(current);
        lines.push(...pieces);
      }
    }
    if (current !== '' || words.length === 0) lines.push(current);
  }
  // Trailing blank lines carry nothing.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (maxLines !== undefined && lines.length > maxLines) {
    const kept = lines.slice(0, Math.max(1, maxLines));
    kept[kept.length - 1] = withEllipsis(kept[kept.length - 1] ?? '', maxWidth, measure);
    return kept;
  }
  return lines;
}
