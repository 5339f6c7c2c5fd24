// THE escaping module for XML/SVG/HTML output: every markup renderer escapes through here and
// nowhere else. Also drops characters XML 1.0 cannot carry at all (C0 controls, U+FFFE/FFFF,
// lone surrogates), so hostile journey text always yields well-formed, literal output.

// C0 controls except tab/newline/carriage return, the two non-characters, and unpaired surrogates.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that may not appear in an XML 1.0 document, even escaped. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML_CHARS, '');
}

// \r is a reference in content too: a raw CR would be normalised to a newline by XML parsers.
// So are NEL and the Unicode line/paragraph separators, which some parsers treat as line ends.
const LINE_END_REFERENCES: Readonly<Record<string, string>> = {
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};
const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', ...LINE_END_REFERENCES };
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Kept as references so attribute-value normalisation does not turn them into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  ...LINE_END_REFERENCES,
};

// Most text needs no escaping at all: one test decides, so the common case allocates nothing.
const NEEDS_TEXT_ESCAPE = /[&<>\r\u0085\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>"'\t\n\r\u0085\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Escapes element content. `>` is escaped too, so `]]>` can never end up in character data. */
export function escapeText(s: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(s)) return s;
  return stripInvalidXmlChars(s).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/** Escapes a value for a double- or single-quoted attribute. */
export function escapeAttribute(s: string): string {
  if (!NEEDS_ATTRIBUTE_ESCAPE.test(s)) return s;
  return stripInvalidXmlChars(s).replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}

/** True for the link schemes the language allows (http, https, mailto); anything else is dropped. */
export function isSafeLink(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}
