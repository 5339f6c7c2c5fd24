// Terminal text helpers for `show`: the visible width of a string (ANSI colour codes take none,
// wide CJK/emoji take two columns), word wrapping to a width, and padding. Pure.

const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a code point takes in a terminal: 0 for combining marks, 2 for wide ones. */
function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

export function visibleWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** Cuts plain text to at most `width` columns, ending with … when something was cut. */
export function truncate(text: string, width: number): string {
  if (visibleWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/**
 * Plain text wrapped at spaces into lines of at most `width` columns; a word longer than a line
 * is cut. The first line starts with `first`, the rest with `rest` (both counted in the width).
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const joined = empty ? `${line}${word}` : `${line} ${word}`;
    if (visibleWidth(joined) <= width) {
      line = joined;
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = rest;
    }
    const room = Math.max(1, width - visibleWidth(line));
    line += visibleWidth(word) > room ? truncate(word, room) : word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Pads with spaces to exactly `width` visible columns (the text must already fit). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}
