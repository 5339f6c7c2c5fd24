// Where the bundled font files are, for the renderers that embed them (pdf, png, html).
// Found by walking up from this module, because it runs both from src/ (tests) and from a
// dist/ chunk (the CLI). Layout never reads these: it uses the precomputed metrics.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontFaceName } from '../scene/scene.js';

export const BUNDLED_FONT_FILES: Readonly<Record<FontFaceName, string>> = {
  regular: 'Inter-Regular.ttf',
  semibold: 'Inter-SemiBold.ttf',
};

/** The CSS font stack used in SVG/HTML: the bundled family first, then close fallbacks. */
export const FONT_FAMILY_STACK = "Inter, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

export function bundledFontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, BUNDLED_FONT_FILES.regular))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('journeymap: bundled fonts not found (assets/fonts)');
    dir = parent;
  }
}

export const bundledFontPath = (face: FontFaceName): string => join(bundledFontsDir(), BUNDLED_FONT_FILES[face]);

/** The bytes of a bundled font face (for renderers that embed it). */
export const readBundledFont = (face: FontFaceName): Uint8Array => readFileSync(bundledFontPath(face));
