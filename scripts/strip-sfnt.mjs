// Rebuilds an sfnt (TTF) file without some tables, with valid offsets and checksums; glyph names
// go too (post v3). Used by the font bundling scripts (bundle-fonts.mjs, bundle-fallback-fonts.mjs).
const pad4 = (buf) => Buffer.concat([buf, Buffer.alloc((4 - (buf.length % 4)) % 4)]);

function checksum(buf) {
  const padded = pad4(buf);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** The font without the tables named in `dropped` (a Set of tags). */
export function stripFont(bytes, dropped) {
  const tables = [];
  for (let i = 0; i < bytes.readUInt16BE(4); i++) {
    const entry = 12 + 16 * i;
    const tag = bytes.toString('latin1', entry, entry + 4);
    if (dropped.has(tag)) continue;
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
