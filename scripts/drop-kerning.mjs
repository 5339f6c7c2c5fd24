// Removes the kern feature from a TrueType font and keeps everything else (every glyph, every
// other layout feature: Hebrew keeps its mark positioning), with harfbuzz's subsetter
// (harfbuzzjs). Used by bundle-fallback-fonts.mjs for faces drawn without kerning.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_UNICODE = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const tag = (name) => [...name].reduce((value, ch) => (value << 8) | ch.charCodeAt(0), 0) >>> 0;

/** The font (bytes) without its kern feature; codepoints are the characters to keep. */
export function dropKerning(font, codePoints) {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports;
  hb._initialize();
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  const data = hb.malloc(font.byteLength);
  heap().set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const unicodes = hb.hb_subset_input_set(input, HB_SUBSET_SETS_UNICODE);
  for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
  const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb.hb_set_clear(features);
  hb.hb_set_invert(features);
  hb.hb_set_del(features, tag('kern'));
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (subset === 0) throw new Error('harfbuzz could not subset the font');
  const result = hb.hb_face_reference_blob(subset);
  const offset = hb.hb_blob_get_data(result, 0);
  const bytes = heap().slice(offset, offset + hb.hb_blob_get_length(result));
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subset);
  hb.hb_face_destroy(face);
  return Buffer.from(bytes);
}
