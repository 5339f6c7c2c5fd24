// The page's fonts: exactly the Inter slices its characters touch, read as they are (no harfbuzz
// for them), each slice mapping exactly its unicode-range with layout's advances; harfbuzz loaded
// only for characters Inter lacks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bundledFontsDir } from '../../assets/bundled-fonts.js';
import { FACES } from '../../assets/font-metrics.js';
import { FONT_SLICES, fontSliceOf } from '../../assets/font-slices.js';
import { pageCharacters, pageFonts } from './page-fonts.js';

// Counts the loads of the harfbuzz module: vitest calls the factory on the first import only.
const harfbuzz = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./harfbuzz-subset.js', async (original) => {
  harfbuzz.loads++;
  return original();
});

/** The little of fontkit (a dev dependency without typings) these tests read: it decodes WOFF2. */
interface FontkitFont {
  readonly familyName: string;
  readonly characterSet: number[];
  glyphForCodePoint(cp: number): { readonly id: number; readonly advanceWidth: number };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Uint8Array): FontkitFont };

const LATIN = FONT_SLICES[0]?.unicodeRange ?? '';
const rangeOf = (id: string): string => FONT_SLICES.find((s) => s.id === id)?.unicodeRange ?? '';
const sliceBase64 = (id: string, face: 'regular' | 'semibold'): string => {
  const slice = FONT_SLICES.find((s) => s.id === id);
  return readFileSync(join(bundledFontsDir(), slice?.files[face] ?? '')).toString('base64');
};
const facesOf = async (text: string) => (await pageFonts(pageCharacters(text))).faces;
const summary = (faces: Awaited<ReturnType<typeof facesOf>>) => faces.map((f) => [f.weight, f.mediaType, f.unicodeRange]);

describe('pageCharacters', () => {
  it('finds what is written beyond ASCII, resolving references and \\u escapes, and always printable ASCII', () => {
    const chars = pageCharacters('<p>caf\u00e9 &#x4E00; &#8364; \\u00fc \u212a \u017f \ud83d\udcf1 \ud800</p>\n\t');
    expect(chars.slice(0, 95).join('')).toBe(Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join(''));
    expect(chars.map((c) => c.codePointAt(0))).not.toContain(0x0a);
    expect(chars.map((c) => c.codePointAt(0))).not.toContain(0x09);
    // Kelvin sign and long s: no case folding turns them into k and s.
    for (const cp of [0xe9, 0x4e00, 0x20ac, 0xfc, 0x212a, 0x17f, 0x1f4f1, 0xd800]) expect(chars).toContain(String.fromCodePoint(cp));
  });
});

describe('pageFonts', () => {
  it('embeds only the latin slice, both weights, byte for byte, for an English page, without harfbuzz', async () => {
    const faces = await facesOf('<p>First grocery order \u2014 \u201cfast\u201d \u2265 45% \u2026 \u20ac3 \u2122</p>');
    expect(summary(faces)).toEqual([
      [400, 'font/woff2', LATIN],
      [600, 'font/woff2', LATIN],
    ]);
    expect(faces[0]?.base64).toBe(sliceBase64('latin', 'regular'));
    expect(faces[1]?.base64).toBe(sliceBase64('latin', 'semibold'));
    expect(harfbuzz.loads).toBe(0);
  });

  it('adds latin-1 for German and French, latin-ext for Polish, greek-cyrillic and symbols when used', async () => {
    expect(summary(await facesOf('Gr\u00fc\u00dfe, \u201eso\u201c \u2014 d\u00e9j\u00e0 \u00e9t\u00e9\u202f!'))).toEqual([
      [400, 'font/woff2', LATIN],
      [600, 'font/woff2', LATIN],
      [400, 'font/woff2', rangeOf('latin-1')],
      [600, 'font/woff2', rangeOf('latin-1')],
    ]);
    const ids = (faces: Awaited<ReturnType<typeof facesOf>>) => [
      ...new Set(faces.map((f) => FONT_SLICES.find((s) => s.unicodeRange === f.unicodeRange)?.id)),
    ];
    expect(ids(await facesOf('\u0141\u00f3d\u017a'))).toEqual(['latin', 'latin-1', 'latin-ext']);
    expect(ids(await facesOf('\u03a9\u03bc\u03ad\u03b3\u03b1 \u041c\u043e\u0441\u043a\u0432\u0430 \u2192 \u21d2 \u2713'))).toEqual([
      'latin',
      'symbols',
      'greek-cyrillic',
    ]);
    expect(harfbuzz.loads).toBe(0);
  });

  it('subsets a fallback face with harfbuzz only for characters Inter lacks', async () => {
    const faces = await facesOf('Order \u770b\u5230 \ud83d\udcf1');
    expect(harfbuzz.loads).toBe(1);
    expect(summary(faces)).toEqual([
      [400, 'font/woff2', LATIN],
      [600, 'font/woff2', LATIN],
      [400, 'font/ttf', 'U+5230,U+770B'],
      [400, 'font/ttf', 'U+1F4F1'],
      [600, 'font/ttf', 'U+5230,U+770B'],
      [600, 'font/ttf', 'U+1F4F1'],
    ]);
    const jp = fontkit.create(Buffer.from(faces[2]?.base64 ?? '', 'base64'));
    expect(jp.familyName).toMatch(/^Noto Sans JP/);
    expect(jp.glyphForCodePoint(0x770b).id).toBeGreaterThan(0);
  });

  it('gives the same bytes for the same characters', async () => {
    const text = 'D\u00e9j\u00e0 \u770b \u0416';
    expect(await pageFonts(pageCharacters(text))).toEqual(await pageFonts(pageCharacters(text)));
  });
});

/** Per face, the advance in font units of every code point metrics.json lists (astral ones too). */
const advances = {
  regular: new Map(FACES.regular.advanceRuns.flatMap(([first, units]) => units.map((u, i) => [first + i, u] as const))),
  semibold: new Map(FACES.semibold.advanceRuns.flatMap(([first, units]) => units.map((u, i) => [first + i, u] as const))),
};

describe('the slices (assets/fonts/slices)', () => {
  it('map exactly their unicode-range, disjoint and together all of Inter, with the advances layout measures', () => {
    const covered = new Set<number>();
    for (const slice of FONT_SLICES) {
      const expected = slice.runs.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
      for (const cp of expected) {
        expect(covered.has(cp), `U+${cp.toString(16)} in two slices`).toBe(false);
        covered.add(cp);
        expect(fontSliceOf(cp)).toBe(FONT_SLICES.indexOf(slice));
      }
      for (const face of ['regular', 'semibold'] as const) {
        const font = fontkit.create(readFileSync(join(bundledFontsDir(), slice.files[face])));
        // fontkit lists U+FFFF for the closing segment of a format 4 cmap: not a character.
        const mapped = font.characterSet.filter((cp) => cp !== 0xffff || expected.includes(cp)).sort((a, b) => a - b);
        expect(mapped, `${slice.id} ${face}`).toEqual(expected);
        const wrong = expected.filter((cp) => font.glyphForCodePoint(cp).advanceWidth !== advances[face].get(cp));
        expect(wrong, `${slice.id} ${face}: advances differ from metrics.json`).toEqual([]);
      }
    }
    // Every character Inter has (metrics.json, from the whole TTF) is in a slice.
    const inter = FACES.regular.advanceRuns.flatMap(([first, advances]) => advances.map((_, i) => first + i)).filter((cp) => cp >= 0x20);
    expect(inter.filter((cp) => !covered.has(cp))).toEqual([]);
    expect(FONT_SLICES.map((s) => s.id)).toEqual(['latin', 'latin-1', 'latin-ext', 'symbols', 'greek-cyrillic', 'rest']);
  });
});
