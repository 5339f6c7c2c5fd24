// The width of a run of text in one face, from the same advances layout measured it with: what
// renderers that place runs themselves (the PDF, the PNG's SVG) step by, so a line drawn run by run
// is as wide as layout made it.
import { type FaceRun, faceRuns, fallbackAdvanceEm } from '../assets/fallback-faces.js';
import { FACES, glyphAdvanceEm, isZeroWidth } from '../assets/font-metrics.js';
import { isShapedRun, shapedAdvanceEm } from '../assets/shaped-advance.js';
import type { FontSpec } from '../scene/scene.js';

/**
 * Width of a run in px from the same advances layout measured with: shaped for Arabic and pointed
 * Hebrew (assets/shaped-advance.ts), else Inter's, else the fallback face's (a character no face
 * has is drawn as Inter's empty box).
 */
export function runWidth(run: FaceRun, font: FontSpec): number {
  if (isShapedRun(run.text, run.face)) return shapedAdvanceEm(run.text, run.face) * font.size;
  const inter = FACES[font.face];
  let em = 0;
  for (const ch of run.text) {
    const cp = ch.codePointAt(0) ?? 0;
    const advance = glyphAdvanceEm(inter, cp);
    if (!Number.isNaN(advance)) em += advance;
    else if (isZeroWidth(cp)) continue;
    else {
      const fallback = fallbackAdvanceEm(cp, font.face);
      em += Number.isNaN(fallback) ? inter.missingAdvance / inter.unitsPerEm : fallback;
    }
  }
  return em * font.size;
}

/** Width in px of a logical line drawn run by run: the sum of its face runs. */
export const lineWidth = (text: string, font: FontSpec): number =>
  faceRuns(text, font.face).reduce((sum, run) => sum + runWidth(run, font), 0);
