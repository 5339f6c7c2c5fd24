// Makes the bundled fallback faces in assets/fonts/fallback from Noto (OFL-1.1, npm @expo-google-fonts/*,
// TTF), regular (400) and semibold (600) like Inter: Arabic and Hebrew whole, Noto Emoji (monochrome)
// whole, and Japanese, Korean, simplified and traditional Chinese subset (harfbuzz, subset-font) to
// the characters in common use: JIS X 0208, every Hangul syllable and jamo, GB 2312, Big5; plus
// their CJK punctuation and full-width forms. Layout tables stay only where text needs them
// (Arabic joining, emoji sequences; Hebrew keeps GSUB and its GPOS mark positioning, without the
// kern feature, so points sit on their letters in every format); the rest are dropped as for Inter
// (no kerning).
// Writes fallback/metrics.json: each face's file, family and units per em, and per weight the
// fallback order resolved per code point (lookup: spans of face and advance).
// Run after changing a font: npm run gen:fonts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { dropKerning } from './drop-kerning.mjs';
import { stripFont } from './strip-sfnt.mjs';

const require = createRequire(import.meta.url);
const pkg = (name) => dirname(require.resolve(`@expo-google-fonts/${name}/package.json`));
const LAYOUT_TABLES = new Set(['GPOS', 'GSUB', 'GDEF', 'STAT', 'BASE', 'VORG', 'vhea', 'vmtx']);

/** Characters of a double-byte legacy encoding: every lead/trail pair decoded, undecodable ones skipped. */
function encodingCharacters(encoding, leads, trails) {
  const decoder = new TextDecoder(encoding);
  const chars = new Set();
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length >= 1 && ch !== '\ufffd' && ch.codePointAt(0) > 0x7f) chars.add(ch);
      }
    }
  }
  return chars;
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
/** CJK punctuation, kana, full-width and half-width forms: common to the four CJK faces. */
const CJK_COMMON = [...range(0x3000, 0x30ff), ...range(0xff01, 0xff9f), ...range(0xffe0, 0xffe6)];
const CHARSETS = {
  jp: new Set([...encodingCharacters('euc-jp', [0xa1, 0xfe], [[0xa1, 0xfe]]), ...CJK_COMMON]),
  kr: new Set([...range(0xac00, 0xd7a3), ...range(0x1100, 0x11ff), ...range(0x3130, 0x318f), ...CJK_COMMON]),
  sc: new Set([...encodingCharacters('gbk', [0xa1, 0xf7], [[0xa1, 0xfe]]), ...CJK_COMMON]),
  tc: new Set([
    ...encodingCharacters(
      'big5',
      [0xa1, 0xf9],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
    ),
    ...CJK_COMMON,
  ]),
};

// The fallback order: the first face that has a character draws it (src/assets/fallback-faces.ts).
const FACES = [
  { key: 'arabic', pkg: 'noto-sans-arabic', file: 'NotoSansArabic', layout: true },
  { key: 'hebrew', pkg: 'noto-sans-hebrew', file: 'NotoSansHebrew', layout: 'no-kerning' },
  { key: 'jp', pkg: 'noto-sans-jp', file: 'NotoSansJP', layout: false },
  { key: 'kr', pkg: 'noto-sans-kr', file: 'NotoSansKR', layout: false },
  { key: 'sc', pkg: 'noto-sans-sc', file: 'NotoSansSC', layout: false },
  { key: 'tc', pkg: 'noto-sans-tc', file: 'NotoSansTC', layout: false },
  { key: 'emoji', pkg: 'noto-emoji', file: 'NotoEmoji', layout: true },
];
const WEIGHTS = { regular: '400Regular', semibold: '600SemiBold' };

const metrics = { order: FACES.map((f) => f.key), faces: {} };
for (const face of FACES) {
  for (const [weight, folder] of Object.entries(WEIGHTS)) {
    let bytes = readFileSync(join(pkg(face.pkg), folder, `${face.file}_${folder}.ttf`));
    const charset = CHARSETS[face.key];
    if (charset) bytes = await subsetFont(bytes, [...charset].join(''), { targetFormat: 'truetype' });
    if (face.layout === 'no-kerning') bytes = dropKerning(Buffer.from(bytes), fontkit.create(Buffer.from(bytes)).characterSet);
    bytes = stripFont(Buffer.from(bytes), face.layout === true || face.layout === 'no-kerning' ? new Set() : LAYOUT_TABLES);
    const name = `${face.file}-${weight === 'regular' ? 'Regular' : 'SemiBold'}.ttf`;
    writeFileSync(new URL(`../assets/fonts/fallback/${name}`, import.meta.url), bytes);
    const font = fontkit.create(bytes);
    const spans = [];
    for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
      if (cp < 0x80) continue; // Inter draws ASCII
      const glyph = font.glyphForCodePoint(cp);
      if (!glyph || glyph.id === 0) continue;
      const last = spans.at(-1);
      if (last && last[0] + last[1] === cp && last[2] === glyph.advanceWidth) last[1]++;
      else spans.push([cp, 1, glyph.advanceWidth]);
    }
    metrics.faces[`${face.key}-${weight}`] = {
      file: name,
      family: font.familyName,
      unitsPerEm: font.unitsPerEm,
      spans,
    };
    console.log(`wrote assets/fonts/fallback/${name} (${bytes.length} bytes, ${spans.length} spans)`);
  }
}
// Per weight, the fallback order resolved: for each code point the first face that has it, as
// spans [first code point, count, face index in order, advance in em (6 decimals)]. Layout
// looks a character up here with one binary search.
metrics.lookup = {};
for (const weight of Object.keys(WEIGHTS)) {
  const chosen = new Map();
  metrics.order.forEach((key, index) => {
    for (const [first, count, advance] of metrics.faces[`${key}-${weight}`].spans) {
      const em = Math.round((advance / metrics.faces[`${key}-${weight}`].unitsPerEm) * 1e6) / 1e6;
      for (let cp = first; cp < first + count; cp++) if (!chosen.has(cp)) chosen.set(cp, [index, em]);
    }
  });
  const spans = [];
  for (const cp of [...chosen.keys()].sort((a, b) => a - b)) {
    const [index, advance] = chosen.get(cp);
    const last = spans.at(-1);
    if (last && last[0] + last[1] === cp && last[2] === index && last[3] === advance) last[1]++;
    else spans.push([cp, 1, index, advance]);
  }
  metrics.lookup[weight] = spans;
}
// The per-face spans served only to resolve the order: layout needs the lookup alone.
for (const face of Object.values(metrics.faces)) delete face.spans;
writeFileSync(new URL('../assets/fonts/fallback/metrics.json', import.meta.url), `${JSON.stringify(metrics)}\n`);
console.log('wrote assets/fonts/fallback/metrics.json');
