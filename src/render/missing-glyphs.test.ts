import { describe, expect, it } from 'vitest';
import type { Scene, TextNode } from '../scene/scene.js';
import { missingGlyphs, missingGlyphsWarning } from './missing-glyphs.js';

const text = (line: string, face: 'regular' | 'semibold' = 'regular'): TextNode => ({
  kind: 'text',
  lines: [{ text: line, x: 0, y: 10, width: 10 }],
  font: { face, size: 11 },
  color: '#000000',
  anchor: 'start',
  box: { x: 0, y: 0, width: 100, height: 20 },
});
const scene = (...lines: string[]): Scene => ({
  width: 100,
  height: 100,
  background: '#ffffff',
  title: 't',
  description: 'd',
  nodes: [{ kind: 'group', children: lines.map((l) => text(l, 'semibold')) }],
});

describe('missingGlyphs', () => {
  it('finds what no bundled face has (Thai, Ethiopic), not Latin, Greek, Cyrillic, CJK, Arabic, Hebrew, emoji, symbols or joiners', () => {
    expect(missingGlyphs(scene('Café Ωμέγα Привет → ✓ €5 — “quotes”', 'a\u200db'))).toEqual([]);
    expect(missingGlyphs(scene('配達 🚀 광고 طلب מזמין 👩\u200d💻', '繁體 简体'))).toEqual([]);
    expect(missingGlyphs(scene('Launch ሀ day 🚀', 'กข 配'))).toEqual(['ሀ', 'ก', 'ข']);
  });

  it('also checks text printed beyond the map', () => {
    expect(missingGlyphs(scene('ok'), ['Goal ✨ ሁ'])).toEqual(['ሁ']);
  });
});

describe('missingGlyphsWarning', () => {
  it('is one warning naming the characters, their code points and the format', () => {
    const warning = missingGlyphsWarning(scene('🚀 ሀ ก'), { format: 'pdf', file: 'a.journey.yaml' });
    expect(warning).toMatchObject({ code: 'glyphs-missing', severity: 'warning', file: 'a.journey.yaml' });
    expect(warning?.message).toBe('no bundled font has a glyph for "ሀ" (U+1200), "ก" (U+0E01); the PDF shows them as empty boxes');
    expect(warning?.message).toContain('PDF');
  });

  it('names at most five characters and counts the rest', () => {
    const warning = missingGlyphsWarning(scene('กขคฆงจฉ'), { format: 'png', file: 'a' });
    expect(warning?.message).toContain('and 2 more');
  });

  it('says nothing when the font draws everything', () => {
    expect(missingGlyphsWarning(scene('Plain text'), { format: 'pdf', file: 'a' })).toBeUndefined();
  });
});
