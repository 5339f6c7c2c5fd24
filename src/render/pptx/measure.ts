// Estimates how many lines a text needs in a box on the summary slides (which are not part of the
// Scene), with the bundled Inter's advances plus room for a wider fallback font, so that slides
// can be split before a table or a list would overflow.
import { FACES, glyphAdvanceEm } from '../../assets/font-metrics.js';
import type { FontFaceName } from '../../scene/scene.js';

/** Headroom for fonts wider than Inter (PowerPoint or LibreOffice without Inter installed). */
const FALLBACK_SLACK = 1.15;

/** Width of `text` in inches at `sizePt`. */
export function textWidthIn(text: string, face: FontFaceName, sizePt: number): number {
  const f = FACES[face];
  let em = 0;
  for (const ch of text) {
    const a = glyphAdvanceEm(f, ch.codePointAt(0) ?? 0);
    em += Number.isNaN(a) ? 1 : a;
  }
  return ((em * sizePt) / 72) * FALLBACK_SLACK;
}

/** Lines `text` wraps to in `widthIn` inches (greedy by words; a word wider than the box takes its own lines). */
export function lineCount(text: string, face: FontFaceName, sizePt: number, widthIn: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    const space = textWidthIn(' ', face, sizePt);
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const w = textWidthIn(word, face, sizePt);
      if (line > 0 && line + space + w > widthIn) {
        count++;
        line = 0;
      }
      if (w > widthIn) {
        count += Math.ceil(w / widthIn) - 1;
        line = w % widthIn;
      } else line += (line > 0 ? space : 0) + w;
    }
    lines += count;
  }
  return lines;
}

/** Height in inches of `lines` lines at `sizePt` with PowerPoint's single spacing (1.2 em). */
export const linesHeightIn = (lines: number, sizePt: number): number => (lines * sizePt * 1.2) / 72;
