// Warns when a renderer that draws with the bundled fonts alone (PDF, PNG) meets characters no
// bundled face has (Inter, then the Noto fallbacks of assets/fallback-faces.ts): they would come
// out as empty boxes, silently. SVG and HTML are read in browsers, which fall back to system
// fonts, so they do not warn.
import { anyFaceHas } from '../assets/fallback-faces.js';
import { hasGlyph } from '../assets/font-metrics.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Scene, SceneNode } from '../scene/scene.js';

const SHOWN = 5;

function collect(nodes: readonly SceneNode[], missing: Set<string>): void {
  for (const node of nodes) {
    if (node.kind === 'group') collect(node.children, missing);
    if (node.kind !== 'text') continue;
    for (const line of node.lines) {
      for (const ch of line.text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (!hasGlyph(cp, node.font.face) && !anyFaceHas(cp, node.font.face)) missing.add(ch);
      }
    }
  }
}

/**
 * The characters the bundled font cannot draw, in order of appearance: in the Scene's text, then
 * in `moreText` (what a renderer prints beyond the map, such as the PDF's persona pages).
 */
export function missingGlyphs(scene: Scene, moreText: readonly string[] = []): string[] {
  const missing = new Set<string>();
  collect(scene.nodes, missing);
  for (const text of moreText) {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (!hasGlyph(cp, 'regular') && !anyFaceHas(cp, 'regular')) missing.add(ch);
    }
  }
  return [...missing];
}

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** One warning for the file, naming the first few characters, or undefined when all are drawable. */
export function missingGlyphsWarning(
  scene: Scene,
  target: { readonly format: string; readonly file: string; readonly moreText?: readonly string[] },
): Diagnostic | undefined {
  const { format, file } = target;
  const missing = missingGlyphs(scene, target.moreText);
  if (missing.length === 0) return undefined;
  const named = missing
    .slice(0, SHOWN)
    .map((ch) => `"${ch}" (${codePoint(ch)})`)
    .join(', ');
  const more = missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : '';
  return {
    code: 'glyphs-missing',
    severity: 'warning',
    message: `no bundled font has a glyph for ${named}${more}; the ${format.toUpperCase()} shows ${missing.length === 1 ? 'it as an empty box' : 'them as empty boxes'}`,
    file,
    hint: 'the SVG and HTML show them with the viewer’s system fonts; for PDF and PNG, use letters, digits and common symbols',
  };
}
