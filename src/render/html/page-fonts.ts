// The fonts an HTML page embeds, subset to the characters the page can show (harfbuzz, npm
// subset-font): Inter's two faces, and for characters Inter lacks the bundled fallback faces
// that layout measured them with (assets/fallback-faces.ts), each declared as Inter with a
// unicode-range, so the browser draws exactly what layout measured. Deterministic: the same
// characters give the same bytes.

import { readFileSync } from 'node:fs';
import { readBundledFont } from '../../assets/bundled-fonts.js';
import { fallbackFaceFor } from '../../assets/fallback-faces.js';
import { FACES, glyphAdvanceEm, isZeroWidth } from '../../assets/font-metrics.js';
import type { FontFaceName } from '../../scene/scene.js';
import { createSubsetter } from './harfbuzz-subset.js';
import type { EmbeddedFonts, FallbackFontFace } from './html-styles.js';

/**
 * Always embedded, whatever the page shows: printable ASCII and the punctuation the page script
 * may write into the page at view time (numbers, dashes, arrows, ellipsis).
 */
const ALWAYS = (() => {
  let text = '';
  for (let cp = 0x20; cp < 0x7f; cp++) text += String.fromCharCode(cp);
  return `${text}\u00a0\u00b7\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2190\u2191\u2192\u2193\u2212\u2715\u25b2\u25bc`;
})();

/**
 * Every character a page may show: those written in it (the markup, the inline SVG and the
 * journey data, with character references and \u escapes resolved), plus ALWAYS. A superset of
 * what is visible, sorted by code point.
 */
export function pageCharacters(html: string): string[] {
  // One flag per code point (a lone surrogate counts as itself, as iterating the string gives it):
  // a page is hundreds of KB, and a Set of one-character strings made this the page's hot spot.
  const seen = new Uint8Array(0x110000);
  const mark = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const next = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        seen[(unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000] = 1;
        i++;
      } else seen[unit] = 1;
    }
  };
  mark(ALWAYS);
  mark(html);
  for (const m of html.matchAll(/&#x([0-9a-f]{1,6});|&#([0-9]{1,7});|\\u([0-9a-f]{4})/gi)) {
    const cp = m[1] !== undefined ? Number.parseInt(m[1], 16) : m[2] !== undefined ? Number(m[2]) : Number.parseInt(m[3] ?? '0', 16);
    if (cp > 0 && cp <= 0x10ffff) seen[cp] = 1;
  }
  const chars: string[] = [];
  for (let cp = 0; cp < seen.length; cp++) if (seen[cp]) chars.push(String.fromCodePoint(cp));
  return chars;
}

const unicodeRange = (chars: readonly string[]): string =>
  chars.map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(',');

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** The page's fonts for the characters it may show. */
export async function pageFonts(chars: readonly string[]): Promise<EmbeddedFonts> {
  const subsetFont = createSubsetter();
  const text = chars.join('');
  const subset = async (bytes: Uint8Array, of: string): Promise<string> => base64(subsetFont(bytes, of));
  const fallbacks: FallbackFontFace[] = [];
  for (const weight of ['regular', 'semibold'] as const satisfies readonly FontFaceName[]) {
    const byFace = new Map<string, { file: string; chars: string[] }>();
    for (const ch of chars) {
      const cp = ch.codePointAt(0) ?? 0;
      if (!Number.isNaN(glyphAdvanceEm(FACES[weight], cp)) || isZeroWidth(cp)) continue;
      const face = fallbackFaceFor(cp, weight);
      if (!face) continue;
      const entry = byFace.get(face.id) ?? { file: face.file, chars: [] };
      entry.chars.push(ch);
      byFace.set(face.id, entry);
    }
    for (const { file, chars: faceChars } of byFace.values()) {
      fallbacks.push({
        weight: weight === 'regular' ? 400 : 600,
        unicodeRange: unicodeRange(faceChars),
        base64: await subset(readFileSync(file), faceChars.join('')),
      });
    }
  }
  return {
    regular: await subset(readBundledFont('regular'), text),
    semibold: await subset(readBundledFont('semibold'), text),
    fallbacks,
  };
}
