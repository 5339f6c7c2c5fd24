// The page's Content-Security-Policy: nothing may load or run except the exact inline styles and
// scripts the renderer wrote, pinned by their sha256 hashes. Computes the policy; writes no markup.
import { createHash } from 'node:crypto';

/** A CSP hash source for one inline element's exact text: 'sha256-<base64>'. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface InlineCode {
  /** The text content of every inline <style> element on the page, as written. */
  readonly styles: readonly string[];
  /** The text content of every executable inline <script> element, as written. */
  readonly scripts: readonly string[];
}

/**
 * default-src 'none' forbids every fetch (no network at all); images and fonts only as data: URLs;
 * base-uri and form-action do not fall back to default-src, so they are closed explicitly.
 */
export function contentSecurityPolicy(code: InlineCode): string {
  const sources = (texts: readonly string[]): string => (texts.length ? [...new Set(texts.map(cspHash))].join(' ') : "'none'");
  return [
    "default-src 'none'",
    'img-src data:',
    'font-src data:',
    `style-src ${sources(code.styles)}`,
    `script-src ${sources(code.scripts)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The text of every <style> element in a markup fragment (e.g. the inline SVG), to hash as well. */
export function inlineStyleTexts(markup: string): string[] {
  return [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}
