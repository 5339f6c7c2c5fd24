// The bundled fallback faces (Noto: Arabic, Hebrew, JP, KR, SC, TC, Emoji; assets/fonts/fallback),
// per character the first face of the fallback order that has its glyph. Read only when a text
// has a character Inter lacks: `-f svg` of a Latin map never parses their metrics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFontsDir } from './bundled-fonts.js';
import { glyphAdvanceEm, FACES, isZeroWidth } from './font-metrics.js';
import type { FontFaceName } from '../scene/scene.js';

export interface FallbackFace {
  /** 'jp-regular', 'arabic-semibold', …: also the PDF font name. */
  readonly id: string;
  readonly file: string;
  readonly family: string;
  readonly unitsPerEm: number;
  /** Sorted spans of code points with one advance: starts, counts and advances in font units. */
  readonly starts: Int32Array;
  readonly counts: Int32Array;
  readonly advances: Float64Array;
}

interface FallbackSet {
  readonly regular: readonly FallbackFace[];
  readonly semibold: readonly FallbackFace[];
}

interface FallbackMetricsFile {
  readonly order: readonly string[];
  readonly faces: Readonly<Record<string, { file: string; family: string; unitsPerEm: number; spans: [number, number, number][] }>>;
}

function loadFallbackSet(): FallbackSet {
  const dir = join(bundledFontsDir(), 'fallback');
  const source = JSON.parse(readFileSync(join(dir, 'metrics.json'), 'utf8')) as FallbackMetricsFile;
  const faces = (weight: FontFaceName): FallbackFace[] =>
    source.order.map((key) => {
      const id = `${key}-${weight}`;
      const face = source.faces[id];
      if (!face) throw new Error(`journeymap: fallback font metrics lack ${id}`);
      return {
        id,
        file: join(dir, face.file),
        family: face.family,
        unitsPerEm: face.unitsPerEm,
        starts: Int32Array.from(face.spans, (s) => s[0]),
        counts: Int32Array.from(face.spans, (s) => s[1]),
        advances: Float64Array.from(face.spans, (s) => s[2]),
      };
    });
  return { regular: faces('regular'), semibold: faces('semibold') };
}

// The one lazily filled slot of this module: the parsed metrics file, never changed once read
// (a cache of a read-only asset; loading it eagerly would cost every `-f svg` run).
let loaded: FallbackSet | undefined;
const fallbackSet = (): FallbackSet => {
  loaded ??= loadFallbackSet();
  return loaded;
};

/** The face's advance for a code point in em, or NaN when it has no glyph (binary search over spans). */
export function fallbackAdvanceEm(face: FallbackFace, cp: number): number {
  let lo = 0;
  let hi = face.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = face.starts[mid] ?? 0;
    if (cp < start) hi = mid - 1;
    else if (cp >= start + (face.counts[mid] ?? 0)) lo = mid + 1;
    else return (face.advances[mid] ?? 0) / face.unitsPerEm;
  }
  return Number.NaN;
}

/** The fallback faces of a weight, in fallback order (loads their metrics on first use). */
export const fallbackFaces = (weight: FontFaceName): readonly FallbackFace[] => fallbackSet()[weight];

/** The first fallback face that draws `cp`, or undefined when none does. */
export function fallbackFaceFor(cp: number, weight: FontFaceName): FallbackFace | undefined {
  for (const face of fallbackFaces(weight)) if (!Number.isNaN(fallbackAdvanceEm(face, cp))) return face;
  return undefined;
}

/** A piece of a line drawn with one face: undefined face = the bundled Inter. */
export interface FaceRun {
  readonly face: FallbackFace | undefined;
  readonly text: string;
}

/**
 * Splits text into runs of one face each, by the same rule layout measures with: Inter when it
 * has the glyph, else the first fallback face that has it, else Inter (its empty box). Joiners
 * and variation selectors stay in the run they are in (emoji sequences).
 */
export function faceRuns(text: string, weight: FontFaceName): FaceRun[] {
  const runs: { face: FallbackFace | undefined; text: string }[] = [];
  const inter = FACES[weight];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    const joiner = isZeroWidth(cp);
    let face: FallbackFace | undefined;
    if (joiner && last) face = last.face;
    else if (Number.isNaN(glyphAdvanceEm(inter, cp)) && !joiner) face = fallbackFaceFor(cp, weight);
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

/** Whether any bundled face (Inter or a fallback) draws the character. */
export const anyFaceHas = (cp: number, weight: FontFaceName): boolean =>
  !Number.isNaN(glyphAdvanceEm(FACES[weight], cp)) || isZeroWidth(cp) || fallbackFaceFor(cp, weight) !== undefined;
