// The one place that reaches into pdfkit's private state for its current font: the EmbeddedFont
// pdfkit set with doc.font() (`_font`) and its size (`_fontSize`). pdfkit's typings declare
// neither; the PDF text code writes plain text into the font's subset and overrides its encode
// (pdf-text.ts), and reads its ascent and size (pdf-paragraph.ts). Pinned to pdfkit's ^0.17 range
// like its build patches.
import type { PdfDoc } from './pdf-document.js';

/** A glyph position as pdfkit's encode returns it (in its 1000-unit scale). */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** A fontkit glyph, as far as the PDF text code reads it. */
export interface FontGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  /** The code points the glyph stands for (the PDF's ToUnicode map). */
  readonly codePoints: number[];
}

/** The part of pdfkit's EmbeddedFont (the current font after doc.font()) the PDF text code uses. */
export interface EmbeddedFont {
  /** The font's resource name on a page (F1, F2, …). */
  readonly id: string;
  /** The font's PDF object, listed in a page's font resources. */
  ref(): unknown;
  /** fontkit's font: glyphs by id and by code point. */
  readonly font: { getGlyph(id: number): FontGlyph; glyphForCodePoint(cp: number): FontGlyph };
  /** pdfkit's scale from font units to its 1000-unit space. */
  readonly scale: number;
  /** In 1000ths of the font size. */
  readonly ascender: number;
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
  /** The glyphs the document uses: includeGlyph adds one and gives its id in the subset. */
  readonly subset: { readonly glyphs: number[]; includeGlyph(id: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
}

/** The document's current font (set with doc.font()). */
export const currentFont = (doc: PdfDoc): EmbeddedFont => (doc as unknown as { _font: EmbeddedFont })._font;

/** The size set for the current font. */
export const currentFontSize = (doc: PdfDoc): number => (doc as unknown as { _fontSize: number })._fontSize;
