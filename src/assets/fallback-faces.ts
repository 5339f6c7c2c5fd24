// The bundled fallback faces (Noto: Arabic, Hebrew, JP, KR, SC, TC, Emoji; assets/fonts/fallback),
// per character the first face of the fallback order that has its glyph. Read only when a text
// has a character Inter lacks: `-f svg` of a Latin map never parses their metrics.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FontFaceName } from '../scene/scene.js';
import { isPrintableAscii } from '../scene/text-breaks.js';
import { bundledFontsDir } from './bundled-fonts.js';
import { FACES, glyphAdvanceEm, isZeroWidth } from './font-metrics.js';

/** Code points [first, count, face index in the fallback order, advance in em]. */
type Span = readonly [number, number, number, number];

export interface FallbackFace {
  /** 'jp-regular', 'arabic-semibold', …: the same face always has the same id. */
  readonly id: string;
  /** Absolute path of the TTF. */
  readonly file: string;
  readonly family: string;
  readonly unitsPerEm: number;
}

interface FallbackMetricsFile {
  readonly order: readonly string[];
  readonly faces: Readonly<Record<string, { file: string; family: string; unitsPerEm: number }>>;
  /** Per weight, the first face that has each code point and its advance. */
  readonly lookup: Readonly<Record<FontFaceName, readonly Span[]>>;
}

const requireAsset = createRequire(import.meta.url);
/** Found once at load (a few stat calls); the metrics file itself is read only on first use. */
const FALLBACK_DIR = join(bundledFontsDir(), 'fallback');
const METRICS_FILE = join(FALLBACK_DIR, 'metrics.json');

/**
 * The parsed metrics file. Node's module cache holds it (read on first use, never written), so
 * this module keeps no state of its own and `-f svg` of a Latin map never reads the file.
 */
const metricsFile = (): FallbackMetricsFile => requireAsset(METRICS_FILE) as FallbackMetricsFile;

/** The span of the lookup holding cp, by binary search, or undefined when no fallback face has it. */
function spanFor(cp: number, weight: FontFaceName, source: FallbackMetricsFile): Span | undefined {
  const spans = source.lookup[weight];
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (cp < span[0]) hi = mid - 1;
    else if (cp >= span[0] + span[1]) lo = mid + 1;
    else return span;
  }
  return undefined;
}

function faceAt(index: number, weight: FontFaceName, source: FallbackMetricsFile): FallbackFace {
  const id = `${source.order[index]}-${weight}`;
  const face = source.faces[id];
  if (!face) throw new Error(`journeymap: fallback font metrics lack ${id}`);
  return { id, file: join(FALLBACK_DIR, face.file), family: face.family, unitsPerEm: face.unitsPerEm };
}

/** The advance in em of `cp` in the first fallback face that has it, or NaN when none does. */
export function fallbackAdvanceEm(cp: number, weight: FontFaceName): number {
  return spanFor(cp, weight, metricsFile())?.[3] ?? Number.NaN;
}

/** The first fallback face that draws `cp`, or undefined when none does. */
export function fallbackFaceFor(cp: number, weight: FontFaceName): FallbackFace | undefined {
  const source = metricsFile();
  const span = spanFor(cp, weight, source);
  return span ? faceAt(span[2], weight, source) : undefined;
}

/** A piece of a line drawn with one face: undefined face = the bundled Inter. */
export interface FaceRun {
  readonly face: FallbackFace | undefined;
  readonly text: string;
}

/**
 * Splits text into runs of one face each, by the same rule layout measures with: Inter when it
 * has the glyph, else the first fallback face that has it, else Inter (its empty box). Joiners
 * and variation selectors stay in the run they are in (emoji sequences).
 */
export function faceRuns(text: string, weight: FontFaceName): FaceRun[] {
  // Inter draws every printable ASCII character (test/scripts/face-runs.test.ts).
  if (isPrintableAscii(text)) return text === '' ? [] : [{ face: undefined, text }];
  const runs: { face: FallbackFace | undefined; text: string }[] = [];
  const inter = FACES[weight];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    const joiner = isZeroWidth(cp);
    let face: FallbackFace | undefined;
    if (joiner && last) face = last.face;
    else if (Number.isNaN(glyphAdvanceEm(inter, cp)) && !joiner) face = fallbackFaceFor(cp, weight);
    if (last && last.face?.id === face?.id) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

/** Whether any bundled face (Inter or a fallback) draws the character. */
export const anyFaceHas = (cp: number, weight: FontFaceName): boolean =>
  !Number.isNaN(glyphAdvanceEm(FACES[weight], cp)) || isZeroWidth(cp) || fallbackFaceFor(cp, weight) !== undefined;
