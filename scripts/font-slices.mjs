// Splits the bundled Inter faces into fixed unicode-range slices (as Google Fonts serves them), WOFF2,
// into assets/fonts/slices/ with their table in assets/fonts/slices.json: the HTML page embeds the
// slices its characters touch as they are, so a Latin page needs no subsetting at run time.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

/**
 * Each code point of Inter goes to the first slice whose ranges hold it. `latin` is embedded in every
 * page: besides ASCII it holds the punctuation the page script writes at view time (numbers, dashes,
 * arrows, ellipsis: page-fonts.ts ALWAYS), the KPI target signs (≤ ≥), the stylesheet's warning
 * marker (⚠) and, as Google Fonts' latin slice, all of General Punctuation (the quotes and spaces
 * locales format with: „ “ ‚ ‘, U+202F), € and ™; so a page in a Western locale adds latin-1 at most.
 */
export const SLICES = [
  {
    id: 'latin',
    ranges: [
      [0x20, 0x7e],
      [0xa0, 0xa0],
      [0xb7, 0xb7],
      [0xd7, 0xd7],
      [0x2000, 0x206f],
      [0x20ac, 0x20ac],
      [0x2122, 0x2122],
      [0x2190, 0x2193],
      [0x2212, 0x2212],
      [0x2264, 0x2265],
      [0x25b2, 0x25b2],
      [0x25bc, 0x25bc],
      [0x26a0, 0x26a0],
    ],
  },
  { id: 'latin-1', ranges: [[0x80, 0xff]] },
  // Latin Extended-A and -B, IPA, spacing modifiers, combining marks, Latin Extended Additional.
  {
    id: 'latin-ext',
    ranges: [
      [0x100, 0x36f],
      [0x1e00, 0x1eff],
    ],
  },
  // Super- and subscripts, currency, letterlike, number forms, arrows, maths, shapes, dingbats.
  { id: 'symbols', ranges: [[0x2070, 0x2bff]] },
  {
    id: 'greek-cyrillic',
    ranges: [
      [0x370, 0x52f],
      [0x1c80, 0x1c8f],
      [0x1f00, 0x1fff],
      [0x2de0, 0x2dff],
      [0xa640, 0xa69f],
    ],
  },
  { id: 'rest', ranges: [[0, 0x10ffff]] },
];

const sliceOf = (cp) => SLICES.findIndex((slice) => slice.ranges.some(([first, last]) => cp >= first && cp <= last));

/** Sorted code points → [first, last] runs. */
function runsOf(codePoints) {
  const runs = [];
  for (const cp of codePoints) {
    const run = runs.at(-1);
    if (run && run[1] + 1 === cp) run[1] = cp;
    else runs.push([cp, cp]);
  }
  return runs;
}

const hex = (cp) => cp.toString(16).toUpperCase();
const unicodeRange = (runs) => runs.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',');

/**
 * Writes the slices of the faces (name → { file, bytes } of the stripped TTF) and slices.json.
 * Both faces must map the same characters: one table serves both.
 */
export async function writeFontSlices(faces, fontsDir) {
  const dir = new URL('slices/', fontsDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let codePoints;
  for (const { bytes } of Object.values(faces)) {
    const mapped = fontkit
      .create(bytes)
      .characterSet.filter((cp) => cp >= 0x20)
      .sort((a, b) => a - b);
    if (codePoints && codePoints.join() !== mapped.join()) throw new Error('the bundled faces map different characters');
    codePoints = mapped;
  }
  const table = [];
  for (const [index, slice] of SLICES.entries()) {
    const runs = runsOf(codePoints.filter((cp) => sliceOf(cp) === index));
    if (runs.length === 0) continue;
    const text = runs
      .map(([first, last]) => String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, i) => first + i)))
      .join('');
    const files = {};
    for (const [name, { file, bytes }] of Object.entries(faces)) {
      const out = `${file.replace(/\.ttf$/, '')}.${slice.id}.woff2`;
      const woff2 = await subsetFont(bytes, text, { targetFormat: 'woff2' });
      writeFileSync(new URL(out, dir), woff2);
      files[name] = `slices/${out}`;
      console.log(`wrote assets/fonts/slices/${out} (${woff2.length} bytes)`);
    }
    table.push({ id: slice.id, unicodeRange: unicodeRange(runs), runs, files });
  }
  const json = { format: 'woff2', mediaType: 'font/woff2', slices: table };
  writeFileSync(new URL('slices.json', fontsDir), `${JSON.stringify(json)}\n`);
  console.log(`wrote assets/fonts/slices.json (${readdirSync(dir).length} files)`);
}
