// The invisible characters by code point: their Unicode names and which are bidi controls. Apart
// from invisible-characters.ts (which walks a YAML document) so the CLI's code frames can mark them
// without loading a YAML parser. Pure.

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
export const isTag = (cp: number): boolean => cp >= 0xe0000 && cp <= 0xe007f;

/** "U+202E RIGHT-TO-LEFT OVERRIDE". */
export function describeCharacter(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const name = INVISIBLE_CHARACTER_NAMES.get(cp) ?? (isTag(cp) ? 'TAG CHARACTER' : undefined);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

export const isInvisibleCharacter = (cp: number): boolean => INVISIBLE_CHARACTER_NAMES.has(cp) || isTag(cp);
