// The bundled fonts' metrics (assets/fonts/metrics.json) as lookup tables by code point: what
// layout measures text with, and what renderers ask to learn whether the font can draw a
// character. Tables are built once at load and never written after.
import metrics from '../../assets/fonts/metrics.json' with { type: 'json' };
import type { FontFaceName } from '../scene/scene.js';

interface FaceMetrics {
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  readonly missingAdvance: number;
  /** Advances in font units by runs of consecutive code points: [first code point, advances]. */
  readonly advanceRuns: readonly (readonly [number, readonly number[]])[];
}

/** A face with its advances in em in a flat table by code point: measuring is the hot path of layout. */
export interface Face extends FaceMetrics {
  /** Advance in em for each BMP code point; NaN where the font has no glyph. */
  readonly advanceEm: Float64Array;
}

function withAdvanceTable(face: FaceMetrics): Face {
  const advanceEm = new Float64Array(0x10000).fill(Number.NaN);
  for (const [first, advances] of face.advanceRuns) {
    for (let i = 0; i < advances.length && first + i < 0x10000; i++) advanceEm[first + i] = (advances[i] ?? 0) / face.unitsPerEm;
  }
  return { ...face, advanceEm };
}

const SOURCE_FACES = metrics as unknown as Readonly<Record<FontFaceName, FaceMetrics>>;
export const FACES: Readonly<Record<FontFaceName, Face>> = {
  regular: withAdvanceTable(SOURCE_FACES.regular),
  semibold: withAdvanceTable(SOURCE_FACES.semibold),
};

/** Characters that take no room and need no glyph (joiners, variation selectors, BOM). */
export function isZeroWidth(cp: number): boolean {
  return (
    cp === 0x200b ||
    cp === 0x200c ||
    cp === 0x200d ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** The face's advance for a code point in em, or NaN when the font has no glyph for it. */
export const glyphAdvanceEm = (face: Face, cp: number): number => (cp < 0x10000 ? (face.advanceEm[cp] ?? Number.NaN) : Number.NaN);

/** Whether the bundled face draws this character (whitespace and zero-width ones need nothing). */
export const hasGlyph = (cp: number, face: FontFaceName): boolean =>
  !Number.isNaN(glyphAdvanceEm(FACES[face], cp)) || isZeroWidth(cp) || cp === 0x09 || cp === 0x0a || cp === 0x0d;
