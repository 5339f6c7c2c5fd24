// Subsets a TrueType font to some characters with harfbuzz's wasm (harfbuzzjs), making exactly the
// calls npm subset-font makes for a TrueType in and out (so the same bytes), without its
// fontverter/wawoff2 (~70 ms to load, unused for TrueType) and its asynchronous instantiation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Harfbuzz = {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
};

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/** The compiled wasm module (immutable; compiled once per process, on first use). */
const harfbuzzModule = (() => {
  let compiled: WebAssembly.Module | undefined;
  return (): WebAssembly.Module => {
    if (!compiled) {
      compiled = new WebAssembly.Module(readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
    }
    return compiled;
  };
})();

/** A subsetter with its own harfbuzz instance (its own memory), for the fonts of one page. */
export function createSubsetter(): (font: Uint8Array, text: string) => Uint8Array {
  const hb = new WebAssembly.Instance(harfbuzzModule(), {}).exports as unknown as Harfbuzz;
  hb._initialize();
  // The wasm memory can grow while subsetting, which detaches older views: a fresh one each time.
  const heap = (): Uint8Array => new Uint8Array(hb.memory.buffer);
  return (font, text) => {
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('hb_subset_input_create_or_fail (harfbuzz) failed');
    const fontBuffer = hb.malloc(font.byteLength);
    heap().set(font, fontBuffer);
    const blob = hb.hb_blob_create(fontBuffer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    // Every layout feature kept (subset-font's default, hb-subset's --layout-features=*).
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 0);
    let subset: number;
    try {
      subset = hb.hb_subset_or_fail(face, input);
    } finally {
      hb.hb_subset_input_destroy(input);
    }
    try {
      if (subset === 0) throw new Error('hb_subset_or_fail (harfbuzz) failed');
      const result = hb.hb_face_reference_blob(subset);
      const offset = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      const bytes = heap().slice(offset, offset + length);
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      if (length === 0) throw new Error('harfbuzz made an empty subset font');
      return bytes;
    } finally {
      hb.hb_face_destroy(face);
      hb.free(fontBuffer);
    }
  };
}
