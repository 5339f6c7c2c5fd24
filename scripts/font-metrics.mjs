// Precomputes advance widths of the bundled fonts into assets/fonts/metrics.json, so layout
// measures text without loading fontkit (~0.5 ms per layout() call) at run time.
// Run after changing a font: npm run gen:font-metrics
import { readFileSync, writeFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

const faces = { regular: 'Inter-Regular.ttf', semibold: 'Inter-SemiBold.ttf' };
const out = {};
for (const [name, file] of Object.entries(faces)) {
  const font = fontkit.create(readFileSync(new URL(`../assets/fonts/${file}`, import.meta.url)));
  const advances = {};
  for (const cp of font.characterSet.sort((a, b) => a - b)) {
    const glyph = font.glyphForCodePoint(cp);
    if (glyph && glyph.id !== 0) advances[cp] = glyph.advanceWidth;
  }
  out[name] = {
    file,
    family: font.familyName,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    capHeight: font.capHeight,
    xHeight: font.xHeight,
    missingAdvance: font.getGlyph(0).advanceWidth,
    advances,
  };
}
writeFileSync(new URL('../assets/fonts/metrics.json', import.meta.url), JSON.stringify(out) + '\n');
console.log('wrote assets/fonts/metrics.json');
