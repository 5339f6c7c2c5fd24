// Lone CR (old Mac) line ends become LF: yaml and its LineCounter know only LF and CRLF, and YAML
// counts a lone CR as a line break too. One character for one, so every offset stays the same.
export const normalizeLineEnds = (text: string): string => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);
