// The bundled Inter faces as fixed unicode-range slices (assets/fonts/slices/, WOFF2, made by
// scripts/font-slices.mjs): which slice draws a code point, and a slice's bytes. The HTML page
// embeds whole slices, so Latin text is never subset at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import table from '../../assets/fonts/slices.json' with { type: 'json' };
import type { FontFaceName } from '../scene/scene.js';
import { bundledFontsDir } from './bundled-fonts.js';

export interface FontSlice {
  /** 'latin', 'latin-1', …: the first is in every page (it holds what the page itself writes). */
  readonly id: string;
  /** CSS unicode-range: exactly the code points the slice maps. */
  readonly unicodeRange: string;
  /** The same code points as sorted [first, last] runs. */
  readonly runs: readonly (readonly [number, number])[];
  /** Per face, the file's path relative to assets/fonts. */
  readonly files: Readonly<Record<FontFaceName, string>>;
}

interface SliceTable {
  readonly mediaType: string;
  readonly slices: readonly FontSlice[];
}

const TABLE = table as unknown as SliceTable;

/** The slices in their fixed order; the slices of a page are embedded in this order. */
export const FONT_SLICES: readonly FontSlice[] = TABLE.slices;

/** The media type of every slice file (font/woff2). */
export const FONT_SLICE_MEDIA_TYPE: string = TABLE.mediaType;

/** Every run of every slice as [first, last, slice index], sorted by first: one binary search per character. */
const RUNS: readonly (readonly [number, number, number])[] = FONT_SLICES.flatMap((slice, index) =>
  slice.runs.map(([first, last]) => [first, last, index] as const),
).sort((a, b) => a[0] - b[0]);

/** The index in FONT_SLICES of the slice that draws `cp`, or -1 when Inter has no glyph for it. */
export function fontSliceOf(cp: number): number {
  let lo = 0;
  let hi = RUNS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = RUNS[mid] as readonly [number, number, number];
    if (cp < run[0]) hi = mid - 1;
    else if (cp > run[1]) lo = mid + 1;
    else return run[2];
  }
  return -1;
}

/** The bytes of one face of one slice. */
export const readFontSlice = (slice: FontSlice, face: FontFaceName): Uint8Array => readFileSync(join(bundledFontsDir(), slice.files[face]));
