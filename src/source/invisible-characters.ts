// Finds characters that cannot be seen but change what a text says or how it reads: bidi controls
// (U+202E turns "evil.exe" into what looks like "exe.live"), zero-width characters and invisible
// operators. Written raw or as a \u escape in double quotes. Pure; lint reports them.
import { type Document, isScalar, type ParsedNode, Scalar, visit } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';
import { describeCharacter, isBidiControl, isInvisibleCharacter, isTag } from './character-names.js';
import { type SpanSource, spanOf } from './span.js';

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

/** A `\x`, `\u` or `\U` escape, which may write an invisible character. */
const ESCAPE = /\\[xuU]/;

const ESCAPE_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** `\u202E`-style escapes inside double-quoted scalars, at the escape. */
function escapedOccurrences(ctx: SpanSource, doc: Document.Parsed<ParsedNode>): InvisibleCharacter[] {
  const out: InvisibleCharacter[] = [];
  // Walking every scalar costs more than the file's other checks; most files hold no escape.
  if (!ESCAPE.test(ctx.text)) return out;
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

/** False when the text surely holds no invisible character, raw or escaped. */
export const mayHoldInvisibleCharacters = (text: string): boolean => ANY_INVISIBLE.test(text) || ESCAPE.test(text);

/** Every invisible or direction-changing character of a parsed file, in source order. */
export function findInvisibleCharacters(ctx: SpanSource, doc: Document.Parsed<ParsedNode>): InvisibleCharacter[] {
  return [...rawOccurrences(ctx), ...escapedOccurrences(ctx, doc)].sort((a, b) => a.span.start.offset - b.span.start.offset);
}
