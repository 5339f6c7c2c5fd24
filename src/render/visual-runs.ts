// A line of text as runs in visual (left-to-right drawing) order, each in one bundled face, for
// renderers that place glyphs themselves (PDF). The Unicode bidi algorithm (bidi-js) gives each
// character its level on a line of the paragraph's direction (scene TextNode.direction); runs are reordered by rule L2.
// A right-to-left run keeps its logical text: fontkit shapes Arabic and Hebrew and lays them out
// right to left itself; other right-to-left runs (neutrals between RTL words) are reversed and
// mirrored here.
import bidiFactory from 'bidi-js';
import { type FaceRun, faceRuns } from '../assets/fallback-faces.js';
import type { FontFaceName } from '../scene/scene.js';
import { isPrintableAscii } from '../scene/text-breaks.js';

export interface VisualRun extends FaceRun {
  /** Odd bidi level: the run reads right to left. */
  readonly rtl: boolean;
}

const RTL_CHARACTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a/;
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * The runs of a line in drawing order, on a paragraph of the given direction (a line of a
 * right-to-left paragraph reads right to left even where it starts with a Latin word). Lines
 * without right-to-left letters skip the bidi pass.
 */
export function visualRuns(text: string, weight: FontFaceName, direction: 'ltr' | 'rtl' = 'ltr'): VisualRun[] {
  // Most of a map's lines: one Inter run, left to right.
  if (isPrintableAscii(text)) return text === '' ? [] : [{ face: undefined, text, rtl: false }];
  if (!RTL_CHARACTERS.test(text)) return faceRuns(text, weight).map((run) => ({ ...run, rtl: false }));
  const bidi = bidiFactory();
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  // Split each face run further where the level changes.
  const pieces: { run: FaceRun; level: number }[] = [];
  let offset = 0;
  for (const run of faceRuns(text, weight)) {
    let start = 0;
    for (let i = 1; i <= run.text.length; i++) {
      const level = levels[offset + start] ?? 0;
      if (i === run.text.length || (levels[offset + i] ?? 0) !== level) {
        pieces.push({ run: { face: run.face, text: run.text.slice(start, i) }, level });
        start = i;
      }
    }
    offset += run.text.length;
  }
  // L2: from the highest level down to the lowest odd one, reverse every sequence at or above it.
  const max = Math.max(...pieces.map((p) => p.level));
  const minOdd = Math.min(...pieces.map((p) => p.level).filter((l) => l % 2 === 1), max + 1);
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < pieces.length; i++) {
      if ((pieces[i]?.level ?? 0) < level) continue;
      let j = i;
      while (j + 1 < pieces.length && (pieces[j + 1]?.level ?? 0) >= level) j++;
      pieces.splice(i, j - i + 1, ...pieces.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return pieces.map(({ run, level }) => {
    const rtl = level % 2 === 1;
    // L4: brackets and the like read right to left mirrored, "(" drawn as ")".
    const text =
      rtl && !RTL_SCRIPT.test(run.text)
        ? [...run.text]
            .reverse()
            .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
            .join('')
        : run.text;
    return { face: run.face, text, rtl };
  });
}
