// Finds characters that cannot be seen but change what a text says or how it reads: bidi controls
// (U+202E turns "evil.exe" into what looks like "exe.live"), zero-width characters and invisible
// operators. Written raw or as a \u escape in double quotes. Pure; lint reports them.
import { type Document, isScalar, type ParsedNode, Scalar, visit } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';
import { type SpanSource, spanOf } from './span.js';

/** Unicode names of the characters looked for. Soft hyphen (U+00AD) is left out on purpose: it
 * only marks where a word may break, and neither hides nor reorders anything. */
export const INVISIBLE_CHARACTER_NAMES: ReadonlyMap<number, string> = new Map([
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
]);

/** Bidi controls reorder the text around them; the others only hide. */
export const isBidiControl = (cp: number): boolean =>
  cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

/** Unicode TAG characters (U+E0000-E007F): invisible ASCII look-alikes, used to smuggle text. */
const isTag = (cp: number): boolean => cp >= 0xe0000 && cp <= 0xe007f;

/** "U+202E RIGHT-TO-LEFT OVERRIDE". */
export function describeCharacter(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const name = INVISIBLE_CHARACTER_NAMES.get(cp) ?? (isTag(cp) ? 'TAG CHARACTER' : undefined);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

export const isInvisibleCharacter = (cp: number): boolean => INVISIBLE_CHARACTER_NAMES.has(cp) || isTag(cp);

const isAscii = (cp: number | undefined): boolean => cp !== undefined && cp < 0x80;

/**
 * Whether an occurrence is one a script or an emoji needs: joiners between non-ASCII characters
 * (Persian, Indic scripts, 👩‍💻), tags after U+1F3F4 (the flags of England, Scotland, Wales).
 */
function isNeeded(cp: number, before: number | undefined, after: number | undefined): boolean {
  if (cp === 0x200c || cp === 0x200d) return !isAscii(before) && before !== undefined && !isAscii(after) && after !== undefined;
  if (isTag(cp)) return before === 0x1f3f4 || (before !== undefined && isTag(before));
  return false;
}

export interface InvisibleCharacter {
  readonly codePoint: number;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE". */
  readonly name: string;
  /** A bidi control: it reorders the text around it (the others only hide). */
  readonly bidi: boolean;
  readonly span: Span;
  /** Written as an escape (`"\u202E"`) rather than raw: visible in the source, not on the map. */
  readonly escaped: boolean;
}

/** Raw occurrences anywhere in the text (values, keys and comments: a comment can reorder a line too). */
const occurrence = (codePoint: number, span: Span, escaped: boolean): InvisibleCharacter => ({
  codePoint,
  name: describeCharacter(codePoint),
  bidi: isBidiControl(codePoint),
  span,
  escaped,
});

const ANY_INVISIBLE = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/;

function rawOccurrences(ctx: SpanSource): InvisibleCharacter[] {
  const out: InvisibleCharacter[] = [];
  const { text } = ctx;
  // Nearly every file holds none: one regular-expression pass decides.
  if (!ANY_INVISIBLE.test(text)) return out;
  let previous: number | undefined;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    // A byte-order mark at the very start is an encoding marker, not text.
    if (isInvisibleCharacter(cp) && !(cp === 0xfeff && i === 0)) {
      const after = text.codePointAt(i + width);
      if (!isNeeded(cp, previous, after)) out.push(occurrence(cp, spanOf(ctx, i, i + width), false));
    }
    previous = cp;
    i += width;
  }
  return out;
}

const ESCAPE_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** `\u202E`-style escapes inside double-quoted scalars, at the escape. */
function escapedOccurrences(ctx: SpanSource, doc: Document.Parsed<ParsedNode>): InvisibleCharacter[] {
  const out: InvisibleCharacter[] = [];
  // Walking every scalar costs more than the file's other checks; most files hold no escape.
  if (!/\\[xuU]/.test(ctx.text)) return out;
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || node.type !== Scalar.QUOTE_DOUBLE || !node.range) return;
      const [start, end] = node.range;
      for (let i = start; i < end; i++) {
        if (ctx.text[i] !== '\\') continue;
        const digits = ESCAPE_DIGITS[ctx.text[i + 1] ?? ''];
        if (digits !== undefined) {
          const hex = ctx.text.slice(i + 2, i + 2 + digits);
          const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? Number.parseInt(hex, 16) : undefined;
          if (cp !== undefined && isInvisibleCharacter(cp)) out.push(occurrence(cp, spanOf(ctx, i, i + 2 + digits), true));
        }
        i++; // skip the escaped character, so `\\u202E` (a backslash, then text) is not read as an escape
      }
    },
  });
  return out;
}

/** Every invisible or direction-changing character of a parsed file, in source order. */
export function findInvisibleCharacters(ctx: SpanSource, doc: Document.Parsed<ParsedNode>): InvisibleCharacter[] {
  return [...rawOccurrences(ctx), ...escapedOccurrences(ctx, doc)].sort((a, b) => a.span.start.offset - b.span.start.offset);
}
