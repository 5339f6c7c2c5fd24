// The PDF draws Inter's printable ASCII without fontkit's shaper (render/pdf/pdf-text.ts
// drawPlainAscii): each character as its glyph from the cmap, at the glyph's own advance. That
// holds only while Inter's features that stay on change no ASCII text: every character and every
// pair of characters, in both faces, must come out of fontkit's layout so, glyph for glyph and
// position for position. A font update that adds, say, a contextual alternate on by default fails here.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { bundledFontPath } from '../../src/assets/bundled-fonts.js';
import type { PdfDoc } from '../../src/render/pdf/pdf-document.js';
import { featuresFor } from '../../src/render/pdf/pdf-text.js';
import { currentFont, type EmbeddedFont, type LaidOut } from '../../src/render/pdf/pdfkit-font.js';
import type { VisualRun } from '../../src/render/visual-runs.js';

const PLAIN = featuresFor({ text: '', face: undefined } as unknown as VisualRun);
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

interface ShapingFont extends EmbeddedFont {
  layoutRun(text: string, features: unknown): LaidOut & { readonly glyphs: readonly { readonly codePoints: number[] }[] };
}

const described = (run: LaidOut) => ({
  glyphs: run.glyphs.map((g) => [g.id, (g as unknown as { codePoints: number[] }).codePoints]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  advanceWidth: run.advanceWidth,
});

/** What drawPlainAscii draws: each character's glyph from the cmap, at its own advance. */
function plainAsciiLayout(font: EmbeddedFont, text: string): LaidOut {
  const glyphs = Array.from(text, (ch) => font.font.glyphForCodePoint(ch.charCodeAt(0)));
  const positions = glyphs.map((g) => {
    const advance = g.advanceWidth * font.scale;
    return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance };
  });
  return { glyphs, positions, advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
}

describe.each(['regular', 'semibold'] as const)('plain ASCII layout, Inter %s', (face) => {
  const doc = new PDFDocument({ autoFirstPage: false, font: '' } as PDFKit.PDFDocumentOptions);
  doc.font(bundledFontPath(face));
  const font = currentFont(doc as PdfDoc) as ShapingFont;

  it('is what fontkit lays out for every character and every pair of characters', () => {
    const texts = [...ASCII, ...ASCII.flatMap((a) => ASCII.map((b) => a + b))];
    let differing = 0;
    for (const text of texts) {
      const shaped = described(font.layoutRun(text, PLAIN));
      const plain = described(plainAsciiLayout(font, text));
      if (JSON.stringify(shaped) !== JSON.stringify(plain)) {
        differing++;
        expect({ text, ...plain }).toEqual({ text, ...shaped });
      }
    }
    expect(differing).toBe(0);
    expect(texts.length).toBe(95 + 95 * 95);
  });

  it('is what fontkit lays out for whole lines', () => {
    for (const text of ['Waits too long for the courier', 'Order #1042: 3 items, $54.20 (incl. tax)', "It's {fine} | <ok> ~ `x`"]) {
      expect(described(plainAsciiLayout(font, text))).toEqual(described(font.layoutRun(text, PLAIN)));
    }
  });
});
