// The fonts an HTML page embeds: the slices of Inter's two faces (assets/fonts/slices, WOFF2, cut
// at font-generation time) that the page's characters touch, as they are; and for characters
// Inter lacks, the bundled fallback faces that layout measured them with (assets/fallback-faces.ts),
// subset with harfbuzz (loaded only then), each declared as Inter with a unicode-range, so the
// browser draws exactly what layout measured. Deterministic: the same characters give the same bytes.

import { readFileSync } from 'node:fs';
import { fallbackFaceFor } from '../../assets/fallback-faces.js';
import { FACES, glyphAdvanceEm, isZeroWidth } from '../../assets/font-metrics.js';
import { FONT_SLICE_MEDIA_TYPE, FONT_SLICES, fontSliceOf, readFontSlice } from '../../assets/font-slices.js';
import type { FontFaceName } from '../../scene/scene.js';
import type { EmbeddedFontFace, EmbeddedFonts } from './html-styles.js';

/**
 * Always embedded, whatever the page shows: printable ASCII and the punctuation the page script
 * may write into the page at view time (numbers, dashes, arrows, ellipsis). All are in Inter's
 * first slice (scripts/font-slices.mjs), which every page embeds.
 */
const ALWAYS = (() => {
  let text = '';
  for (let cp = 0x20; cp < 0x7f; cp++) text += String.fromCharCode(cp);
  return `${text}\u00a0\u00b7\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2190\u2191\u2192\u2193\u2212\u25b2\u25bc`;
})();

/** Runs of UTF-16 code units beyond ASCII (matchAll copies the regex: no shared lastIndex). */
const NON_ASCII_RUNS = /[\u0080-\uffff]+/g;

/** The code point a character reference (&#x4E00; &#8364;) or a JSON \u escape at `at` stands for, else -1. */
function escapedAt(html: string, at: number): number {
  // Fresh sticky regexes per call: a module-level one would carry its lastIndex between calls.
  const reference = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));|\\u([0-9a-fA-F]{4})/y;
  reference.lastIndex = at;
  const m = reference.exec(html);
  if (!m) return -1;
  return m[1] !== undefined ? Number.parseInt(m[1], 16) : m[2] !== undefined ? Number(m[2]) : Number.parseInt(m[3] ?? '', 16);
}

/**
 * Every character a page may show: those written in it (the markup, the inline SVG and the
 * journey data, with character references and \u escapes resolved), plus ALWAYS. A superset of
 * what is visible, sorted by code point; control characters (tab, line ends) are left out.
 */
export function pageCharacters(html: string): string[] {
  // ALWAYS holds all of printable ASCII, so only the rest is searched for, by native searches over
  // the page (hundreds of KB, nearly all ASCII): runs beyond ASCII, then each "&#" and "\u".
  const found = new Set<number>();
  for (const ch of ALWAYS) found.add(ch.codePointAt(0) ?? 0);
  for (const [run] of html.matchAll(NON_ASCII_RUNS)) for (const ch of run) found.add(ch.codePointAt(0) ?? 0);
  for (const marker of ['&#', '\\u']) {
    for (let at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 2)) {
      const cp = escapedAt(html, at);
      if (cp >= 0x20 && cp <= 0x10ffff) found.add(cp);
    }
  }
  return [...found].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp));
}

const unicodeRange = (chars: readonly string[]): string =>
  chars.map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(',');

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

const WEIGHTS = { regular: 400, semibold: 600 } as const satisfies Record<FontFaceName, number>;

/** Characters Inter lacks that a bundled fallback face draws, by weight and face (file). */
function fallbackCharacters(missing: readonly string[]): { weight: FontFaceName; file: string; chars: string[] }[] {
  const found: { weight: FontFaceName; file: string; chars: string[] }[] = [];
  for (const weight of ['regular', 'semibold'] as const) {
    const byFace = new Map<string, { weight: FontFaceName; file: string; chars: string[] }>();
    for (const ch of missing) {
      const cp = ch.codePointAt(0) ?? 0;
      if (!Number.isNaN(glyphAdvanceEm(FACES[weight], cp))) continue;
      const face = fallbackFaceFor(cp, weight);
      if (!face) continue;
      const entry = byFace.get(face.id) ?? { weight, file: face.file, chars: [] };
      entry.chars.push(ch);
      byFace.set(face.id, entry);
    }
    found.push(...byFace.values());
  }
  return found;
}

/** The page's fonts for the characters it may show. */
export async function pageFonts(chars: readonly string[]): Promise<EmbeddedFonts> {
  const slices = new Set<number>([0]);
  const missing: string[] = [];
  for (const ch of chars) {
    const cp = ch.codePointAt(0) ?? 0;
    const slice = fontSliceOf(cp);
    if (slice >= 0) slices.add(slice);
    else if (cp >= 0x20 && !isZeroWidth(cp) && !(cp >= 0x7f && cp < 0xa0)) missing.push(ch);
  }
  const faces: EmbeddedFontFace[] = [];
  for (const [index, slice] of FONT_SLICES.entries()) {
    if (!slices.has(index)) continue;
    for (const [face, weight] of Object.entries(WEIGHTS) as [FontFaceName, number][]) {
      faces.push({
        weight,
        mediaType: FONT_SLICE_MEDIA_TYPE,
        unicodeRange: slice.unicodeRange,
        base64: base64(readFontSlice(slice, face)),
      });
    }
  }
  const fallbacks = missing.length > 0 ? fallbackCharacters(missing) : [];
  if (fallbacks.length > 0) {
    // harfbuzz's wasm (~0.3 s to instantiate and subset): only for pages with such characters.
    const { createSubsetter } = await import('./harfbuzz-subset.js');
    const subset = createSubsetter();
    for (const { weight, file, chars: faceChars } of fallbacks) {
      faces.push({
        weight: WEIGHTS[weight],
        mediaType: 'font/ttf',
        unicodeRange: unicodeRange(faceChars),
        base64: base64(subset(readFileSync(file), faceChars.join(''))),
      });
    }
  }
  return { faces };
}
