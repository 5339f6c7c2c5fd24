// The PDF draws plain Inter text without fontkit's shaper (render/pdf/pdf-text.ts drawPlainInter):
// each character as its glyph from the cmap, at the glyph's own advance. That holds only while
// Inter's features that stay on change none of that text: every pair of ASCII characters, and every
// other plain character (isPlainInter) Inter has, alone and beside every ASCII character, in both
// faces, must come out of fontkit's layout so, glyph for glyph and position for position. A font
// update that adds, say, a contextual alternate on by default fails here.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { bundledFontPath } from '../../src/assets/bundled-fonts.js';
import type { PdfDoc } from '../../src/render/pdf/pdf-document.js';
import { featuresFor, isPlainInter } from '../../src/render/pdf/pdf-text.js';
import { currentFont, type EmbeddedFont, type FontGlyph, type GlyphPosition } from '../../src/render/pdf/pdfkit-font.js';
import type { VisualRun } from '../../src/render/visual-runs.js';

const PLAIN = featuresFor({ text: '', face: undefined } as unknown as VisualRun);
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

/** What fontkit's layout returns through pdfkit: glyphs, and positions in pdfkit's scale. */
interface LaidOut {
  readonly glyphs: readonly FontGlyph[];
  readonly positions: readonly GlyphPosition[];
  readonly advanceWidth: number;
}

/** pdfkit's font with its shaping layout (fontkit's, with the given features). */
interface ShapingFont extends EmbeddedFont {
  layoutRun(text: string, features: unknown): LaidOut;
}

const described = (run: LaidOut) => ({
  glyphs: run.glyphs.map((g) => [g.id, g.codePoints]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  advanceWidth: run.advanceWidth,
});

/** What drawPlainInter draws: each character's glyph from the cmap, at its own advance. */
function plainLayout(font: EmbeddedFont, text: string): LaidOut {
  const glyphs = Array.from(text, (ch) => font.font.glyphForCodePoint(ch.charCodeAt(0)));
  const positions = glyphs.map((g) => {
    const advance = g.advanceWidth * font.scale;
    return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance };
  });
  return { glyphs, positions, advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
}

describe.each(['regular', 'semibold'] as const)('plain layout, Inter %s', (face) => {
  const doc = new PDFDocument({ autoFirstPage: false, font: '' } as PDFKit.PDFDocumentOptions);
  doc.font(bundledFontPath(face));
  const font = currentFont(doc as PdfDoc) as ShapingFont;

  /** The texts fontkit lays out otherwise than plainLayout. */
  const differing = (texts: readonly string[]): string[] =>
    texts.filter((text) => JSON.stringify(described(font.layoutRun(text, PLAIN))) !== JSON.stringify(described(plainLayout(font, text))));

  it('is what fontkit lays out for every ASCII character and every pair of them', () => {
    const texts = [...ASCII, ...ASCII.flatMap((a) => ASCII.map((b) => a + b))];
    expect(differing(texts)).toEqual([]);
    expect(texts.length).toBe(95 + 95 * 95);
  });

  it("is what fontkit lays out for Inter's other plain characters, alone and beside each ASCII one", () => {
    const others = Array.from({ length: 0x3000 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)).filter(
      (ch) => isPlainInter(ch) && font.font.glyphForCodePoint(ch.charCodeAt(0)).id !== 0,
    );
    // Latin, Greek and Cyrillic letters, punctuation, arrows, symbols: well over a thousand.
    expect(others.length).toBeGreaterThan(1500);
    expect(others).toEqual(expect.arrayContaining(['·', '—', '…', '“', '→', '≥', '€', 'é', 'ß', 'Ж', '✓']));
    expect(differing([...others, ...others.flatMap((o) => ASCII.flatMap((a) => [a + o, o + a]))])).toEqual([]);
  });

  it('leaves out marks, controls and separators other than the spaces', () => {
    for (const ch of ['\u0301', '\u200d', '\u2009', '\u2028', '\u00ad', '\u3042', 'Ａ']) expect(isPlainInter(`a${ch}`), ch).toBe(false);
    expect(isPlainInter('Pays · moment of truth → “next”\u00a0€5')).toBe(true);
  });

  it('is what fontkit lays out for whole lines', () => {
    for (const text of [
      'Waits too long for the courier',
      'Order #1042: 3 items, $54.20 (incl. tax)',
      "It's {fine} | <ok> ~ `x`",
      'Project manager · 38 years — “tech: high” → ≥ 50 € ✓',
      'Überweisung für Café · Москва · Αθήνα',
    ]) {
      expect(described(plainLayout(font, text))).toEqual(described(font.layoutRun(text, PLAIN)));
    }
  });
});
