// Names values and zod's expected types in YAML words ("a list", "a mapping") for messages.
// Text is quoted JSON-style, so quotes and line breaks inside it stay visible on one line.

/** Texts longer than this many characters are cut, with "…", so a message stays one short line. */
const SHOWN_CHARACTERS = 40;

function quoteText(value: string): string {
  // By code points, so a cut never splits an emoji's surrogate pair.
  const chars = [...value];
  return chars.length > SHOWN_CHARACTERS
    ? `${JSON.stringify(chars.slice(0, SHOWN_CHARACTERS).join('')).slice(0, -1)}…"`
    : JSON.stringify(value);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${quoteText(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `${String(value)}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

export const describeExpected = (expected: string): string => EXPECTED[expected] ?? expected;
