// Makes the bundled fonts in assets/fonts from Inter (OFL-1.1, npm @expo-google-fonts/inter, TTF):
// 1. drops the OpenType layout tables (GPOS, GSUB, GDEF, STAT) and glyph names (post v3). We lay
//    out text without kerning or ligatures, so every renderer must draw without them too; and
//    resvg re-reads GPOS for every text element, which made large PNGs twice as slow.
// 2. precomputes advance widths (by runs of code points) into metrics.json, so layout never loads fontkit at run time.
// 3. splits both faces into WOFF2 unicode-range slices for the HTML page (font-slices.mjs).
// Run after changing a font: npm run gen:fonts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { writeFontSlices } from './font-slices.mjs';
import { stripFont as stripSfnt } from './strip-sfnt.mjs';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const FACES = {
  regular: { from: '400Regular/Inter_400Regular.ttf', to: 'Inter-Regular.ttf' },
  semibold: { from: '600SemiBold/Inter_600SemiBold.ttf', to: 'Inter-SemiBold.ttf' },
};
const DROPPED_TABLES = new Set(['GPOS', 'GSUB', 'GDEF', 'STAT']);

const stripFont = (bytes) => stripSfnt(bytes, DROPPED_TABLES);

const metrics = {};
const stripped = {};
for (const [name, { from, to }] of Object.entries(FACES)) {
  const bytes = stripFont(readFileSync(join(source, from)));
  stripped[name] = { file: to, bytes };
  writeFileSync(new URL(`../assets/fonts/${to}`, import.meta.url), bytes);
  const font = fontkit.create(bytes);
  // Runs of consecutive code points, [first, [advance, …]]: compact, and layout fills its
  // lookup table from them in a tight loop at start-up.
  const advanceRuns = [];
  for (const cp of font.characterSet.sort((a, b) => a - b)) {
    const glyph = font.glyphForCodePoint(cp);
    if (!glyph || glyph.id === 0) continue;
    const run = advanceRuns.at(-1);
    if (run && run[0] + run[1].length === cp) run[1].push(glyph.advanceWidth);
    else advanceRuns.push([cp, [glyph.advanceWidth]]);
  }
  metrics[name] = {
    file: to,
    family: font.familyName,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    capHeight: font.capHeight,
    xHeight: font.xHeight,
    missingAdvance: font.getGlyph(0).advanceWidth,
    advanceRuns,
  };
  console.log(`wrote assets/fonts/${to} (${bytes.length} bytes)`);
}
writeFileSync(new URL('../assets/fonts/metrics.json', import.meta.url), `${JSON.stringify(metrics)}\n`);
console.log('wrote assets/fonts/metrics.json');
await writeFontSlices(stripped, new URL('../assets/fonts/', import.meta.url));
