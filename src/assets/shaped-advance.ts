// Advance widths of the runs that are drawn shaped (Arabic: joining forms, lam-alef and other
// ligatures, kerning; pointed Hebrew: marks on their letter), shaped here with harfbuzz's wasm
// (harfbuzzjs) and the bundled fallback face, as Chromium and resvg draw them. Departs from "no
// module-level state": one harfbuzz instance per thread is made on the first such run (a text
// without one never compiles the wasm) and reused, since measuring is layout's hot path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FallbackFace } from './fallback-faces.js';

type Harfbuzz = {
  memory: WebAssembly.Memory;
  __wasm_call_ctors(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_face_create(blob: number, index: number): number;
  hb_face_get_upem(face: number): number;
  hb_font_create(face: number): number;
  hb_font_set_scale(font: number, x: number, y: number): void;
  hb_buffer_create(): number;
  hb_buffer_destroy(buffer: number): void;
  hb_buffer_add_codepoints(buffer: number, text: number, length: number, offset: number, count: number): void;
  hb_buffer_guess_segment_properties(buffer: number): void;
  hb_buffer_get_length(buffer: number): number;
  hb_buffer_get_glyph_positions(buffer: number, length: number): number;
  hb_buffer_get_glyph_infos(buffer: number, length: number): number;
  hb_shape(font: number, buffer: number, features: number, count: number): void;
};

/** hb_glyph_position_t: x_advance, y_advance, x_offset, y_offset, var (int32 each). */
const POSITION_BYTES = 20;
/** hb_glyph_info_t: codepoint (the glyph id after shaping), mask, cluster, var1, var2. */
const INFO_BYTES = 20;
const HB_MEMORY_MODE_READONLY = 1;
const WASM_PAGE = 65536;

/** A harfbuzz instance with the fonts loaded so far (by file), units per em kept beside each. */
interface Shaper {
  readonly hb: Harfbuzz;
  readonly fonts: Map<string, { font: number; upem: number }>;
}

function createShaper(): Shaper {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz.wasm'));
  let memory: WebAssembly.Memory | undefined;
  // The five imports harfbuzzjs's emscripten glue provides, reduced to what shaping can call.
  const imports = {
    env: {
      emscripten_resize_heap: (requested: number): number => {
        if (!memory) return 0;
        const pages = Math.ceil(((requested >>> 0) - memory.buffer.byteLength) / WASM_PAGE);
        try {
          memory.grow(Math.max(pages, 1));
          return 1;
        } catch {
          return 0;
        }
      },
      _abort_js: (): never => {
        throw new Error('journeymap: harfbuzz aborted while shaping');
      },
      _emscripten_runtime_keepalive_clear: (): void => {},
      _setitimer_js: (): number => 0,
    },
    wasi_snapshot_preview1: {
      proc_exit: (code: number): never => {
        throw new Error(`journeymap: harfbuzz exited (${code})`);
      },
    },
  };
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), imports).exports as unknown as Harfbuzz;
  memory = hb.memory;
  hb.__wasm_call_ctors();
  return { hb, fonts: new Map() };
}

/** The thread's shaper, made on first use (see the first comment). */
const shaper = (() => {
  let made: Shaper | undefined;
  return (): Shaper => {
    made ??= createShaper();
    return made;
  };
})();

function fontOf(state: Shaper, file: string): { font: number; upem: number } {
  let loaded = state.fonts.get(file);
  if (!loaded) {
    const { hb } = state;
    const bytes = readFileSync(file);
    const data = hb.malloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer).set(bytes, data);
    // The font data stays allocated for the life of the thread, like the face that reads it.
    const blob = hb.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const upem = hb.hb_face_get_upem(face);
    const font = hb.hb_font_create(face);
    hb.hb_font_set_scale(font, upem, upem);
    loaded = { font, upem };
    state.fonts.set(file, loaded);
  }
  return loaded;
}

/**
 * One shaped glyph: its id, its advance and offsets in font units (y up), and the text it stands
 * for ('' for the dots and marks of a cluster).
 */
export interface ShapedGlyph {
  readonly id: number;
  readonly advance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly text: string;
}

/**
 * Shapes `text` with `face` as one run (direction and script guessed from the text, every default
 * feature on): its glyphs in visual order and the face's units per em.
 */
export function shapeRun(text: string, face: FallbackFace): { glyphs: ShapedGlyph[]; upem: number } {
  const state = shaper();
  const { hb } = state;
  const { font, upem } = fontOf(state, face.file);
  const chars = Array.from(text);
  const codePoints = Uint32Array.from(chars, (ch) => ch.codePointAt(0) ?? 0);
  const buffer = hb.hb_buffer_create();
  const data = hb.malloc(codePoints.byteLength);
  try {
    new Uint32Array(hb.memory.buffer, data, codePoints.length).set(codePoints);
    hb.hb_buffer_add_codepoints(buffer, data, codePoints.length, 0, codePoints.length);
    hb.hb_buffer_guess_segment_properties(buffer);
    hb.hb_shape(font, buffer, 0, 0);
    const count = hb.hb_buffer_get_length(buffer);
    const infos = new Uint32Array(hb.memory.buffer, hb.hb_buffer_get_glyph_infos(buffer, 0), (count * INFO_BYTES) / 4);
    const positions = new Int32Array(hb.memory.buffer, hb.hb_buffer_get_glyph_positions(buffer, 0), (count * POSITION_BYTES) / 4);
    const clusters = Array.from({ length: count }, (_, i) => infos[(i * INFO_BYTES) / 4 + 2] ?? 0);
    const advances = Array.from({ length: count }, (_, i) => positions[(i * POSITION_BYTES) / 4] ?? 0);
    // A cluster's text runs from its start to the next larger cluster start (or the end), and
    // belongs to its widest glyph (the letter's shape, not a dot or mark drawn over it).
    const starts = [...new Set(clusters)].sort((a, b) => a - b);
    const owner = new Map<number, number>();
    clusters.forEach((cluster, i) => {
      const held = owner.get(cluster);
      if (held === undefined || (advances[i] ?? 0) > (advances[held] ?? 0)) owner.set(cluster, i);
    });
    const glyphs = clusters.map((cluster, i) => {
      const end = starts.find((start) => start > cluster) ?? chars.length;
      return {
        id: infos[(i * INFO_BYTES) / 4] ?? 0,
        advance: advances[i] ?? 0,
        xOffset: positions[(i * POSITION_BYTES) / 4 + 2] ?? 0,
        yOffset: positions[(i * POSITION_BYTES) / 4 + 3] ?? 0,
        text: owner.get(cluster) === i ? chars.slice(cluster, end).join('') : '',
      };
    });
    return { glyphs, upem };
  } finally {
    hb.free(data);
    hb.hb_buffer_destroy(buffer);
  }
}

/** The advance in em of `text` drawn with `face` as one shaped run. */
export function shapedAdvanceEm(text: string, face: FallbackFace): number {
  const { glyphs, upem } = shapeRun(text, face);
  return glyphs.reduce((sum, glyph) => sum + glyph.advance, 0) / upem;
}

/** Arabic letters, marks and presentation forms, and Hebrew points and cantillation marks. */
const SHAPED = /[\u0591-\u05c7\u0600-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Whether `text` has a character that may be drawn shaped (cheap test before splitting it into runs). */
export const hasShapedText = (text: string): boolean => SHAPED.test(text);

/** Whether `face` is one of the right-to-left faces harfbuzz shapes (Arabic and Hebrew). */
export const isShapedFace = (face: FallbackFace | undefined): face is FallbackFace =>
  face !== undefined && (face.id.startsWith('arabic-') || face.id.startsWith('hebrew-'));

/**
 * Whether a run in `face` is drawn shaped, so its width is not the sum of its advances: every
 * Arabic run, and a Hebrew run with points or cantillation marks (plain Hebrew letters add up).
 */
export const isShapedRun = (text: string, face: FallbackFace | undefined): face is FallbackFace => isShapedFace(face) && SHAPED.test(text);
