// Makes the bundled fonts in assets/fonts from Inter (OFL-1.1, npm @expo-google-fonts/inter, TTF):
// 1. drops the OpenType layout tables (GPOS, GSUB, GDEF, STAT) and glyph names (post v3). We lay
//    out text without kerning or ligatures, so every renderer must draw without them too; and
//    resvg re-reads GPOS for every text element, which made large PNGs twice as slow.
// 2. precomputes advance widths (by runs of code points) into metrics.json, so layout never loads fontkit at run time.
// Run after changing a font: npm run gen:fonts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const FACES = {
  regular: { from: '400Regular/Inter_400Regular.ttf', to: 'Inter-Regular.ttf' },
  semibold: { from: '600SemiBold/Inter_600SemiBold.ttf', to: 'Inter-SemiBold.ttf' },
};
const DROPPED_TABLES = new Set(['GPOS', 'GSUB', 'GDEF', 'STAT']);

const pad4 = (buf) => Buffer.concat([buf, Buffer.alloc((4 - (buf.length % 4)) % 4)]);

function checksum(buf) {
  const padded = pad4(buf);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Rebuilds an sfnt file without the dropped tables, with valid offsets and checksums. */
function stripFont(bytes) {
  const tables = [];
  for (let i = 0; i < bytes.readUInt16BE(4); i++) {
    const entry = 12 + 16 * i;
    const tag = bytes.toString('latin1', entry, entry + 4);
    if (DROPPED_TABLES.has(tag)) continue;
    const offset = bytes.readUInt32BE(entry + 8);
    let data = Buffer.from(bytes.subarray(offset, offset + bytes.readUInt32BE(entry + 12)));
    if (tag === 'post') {
      data = data.subarray(0, 32); // post format 3: the header only, no glyph names
      data.writeUInt32BE(0x00030000, 0);
    }
    if (tag === 'head') data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    tables.push({ tag, data });
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const count = tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const directory = Buffer.alloc(12 + 16 * count);
  directory.writeUInt32BE(bytes.readUInt32BE(0), 0);
  directory.writeUInt16BE(count, 4);
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = directory.length;
  let headOffset = 0;
  tables.forEach(({ tag, data }, i) => {
    const entry = 12 + 16 * i;
    directory.write(tag, entry, 'latin1');
    directory.writeUInt32BE(checksum(data), entry + 4);
    directory.writeUInt32BE(offset, entry + 8);
    directory.writeUInt32BE(data.length, entry + 12);
    if (tag === 'head') headOffset = offset;
    offset += pad4(data).length;
  });
  const font = Buffer.concat([directory, ...tables.map(({ data }) => pad4(data))]);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

const metrics = {};
for (const [name, { from, to }] of Object.entries(FACES)) {
  const stripped = stripFont(readFileSync(join(source, from)));
  writeFileSync(new URL(`../assets/fonts/${to}`, import.meta.url), stripped);
  const font = fontkit.create(stripped);
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
  console.log(`wrote assets/fonts/${to} (${stripped.length} bytes)`);
}
writeFileSync(new URL('../assets/fonts/metrics.json', import.meta.url), `${JSON.stringify(metrics)}\n`);
console.log('wrote assets/fonts/metrics.json');
