// The page as text: CSP hashes match the inline code, no inline handlers or style attributes,
// hostile text is escaped everywhere, the JSON survives any text, and output is deterministic.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyArbitrary, sampleJourney } from '../../../test/support/journeys.js';
import type { Journey } from '../../model/journey.js';
import type { Theme } from '../../theme/theme.js';
import { defaultTheme } from '../../theme/themes.js';
import { journeyView } from '../../view/journey-view.js';
import { detailsData, jsonForScript } from './html-details-data.js';
import { buildHtmlPage, PAGE_SCRIPT } from './html-page.js';

const FONTS = {
  faces: [
    { weight: 400, mediaType: 'font/woff2', unicodeRange: 'U+20-7E', base64: 'AAAA' },
    { weight: 600, mediaType: 'font/woff2', unicodeRange: 'U+20-7E', base64: 'BBBB' },
    { weight: 400, mediaType: 'font/ttf', unicodeRange: 'U+4E00', base64: 'CCCC' },
  ],
};
const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><style>.x{fill:red}</style><rect width="10" height="10"/></svg>';
const HOSTILE = `<img src=x onerror=alert(1)> <script>alert(2)</script> </script> "'& \u2028 <!-- end`;

const page = (journey: Journey, theme: Theme = defaultTheme, svg = SVG): string =>
  buildHtmlPage({ view: journeyView(journey, { theme }), svg, fonts: FONTS });

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function hostile(j: Journey): Journey {
  return {
    ...j,
    title: HOSTILE,
    description: HOSTILE,
    owner: HOSTILE,
    tags: [HOSTILE],
    personas: j.personas.map((p) => ({ ...p, name: HOSTILE })),
    lanes: j.lanes.map((l) => ({ ...l, title: HOSTILE })),
    stages: j.stages.map((s) => ({
      ...s,
      name: HOSTILE,
      objective: HOSTILE,
      touchpoints: s.touchpoints.map((t) => ({ ...t, name: HOSTILE, notes: HOSTILE, action: HOSTILE, pains: [HOSTILE] })),
    })),
  };
}

const pageStylesOf = (html: string): string => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
const cspOf = (html: string): string => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
const directive = (csp: string, name: string): string[] =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === name)
    ?.slice(1) ?? [];

describe('buildHtmlPage', () => {
  it('pins every inline style and script by its sha256 hash and forbids everything else', () => {
    const html = page(sampleJourney);
    const csp = cspOf(html).replace(/&#39;/g, "'");
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(styles).toHaveLength(2); // the page's and the SVG's own
    expect(scripts).toEqual([PAGE_SCRIPT]);
    expect(directive(csp, 'default-src')).toEqual(["'none'"]);
    expect(directive(csp, 'img-src')).toEqual(['data:']);
    expect(directive(csp, 'font-src')).toEqual(['data:']);
    expect(directive(csp, 'style-src').sort()).toEqual(styles.map(sha).sort());
    expect(directive(csp, 'script-src')).toEqual(scripts.map(sha));
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|https?:/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('ships a page script that parses (it is a string, so the type checker never sees it)', () => {
    expect(() => new Function(PAGE_SCRIPT)).not.toThrow();
    expect(PAGE_SCRIPT).not.toMatch(/<\/script|<!--|innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/i);
  });

  it('has no inline event handlers, style attributes, external URLs or XML declaration', () => {
    // Markup only: the code inside <script>/<style> has its own `<` comparisons.
    const html = page(hostile(sampleJourney)).replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2></$1>');
    const names = [...html.matchAll(/<[a-zA-Z][^\s>/]*((?:\s+[^\s=/>]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)].flatMap((tag) =>
      [...(tag[1] ?? '').replace(/=("[^"]*"|'[^']*'|[^\s>]+)/g, '').matchAll(/\s+([^\s=/>]+)/g)].map((a) => (a[1] ?? '').toLowerCase()),
    );
    expect(names).toContain('class');
    expect(names.filter((n) => n.startsWith('on') || n === 'style')).toEqual([]);
    expect(html).not.toMatch(/<(link|iframe|object|embed|base)\b/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#|data:)/);
    expect(html).not.toContain('<?xml');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('escapes hostile journey text everywhere it appears', () => {
    const html = page(hostile(sampleJourney));
    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<!-- end');
  });

  it('keeps the page’s class names apart from the SVG renderer’s jm-<role> classes', () => {
    const html = page(sampleJourney).replace(/<svg[\s\S]*<\/svg>/, '');
    const classes = [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/));
    expect(classes.length).toBeGreaterThan(10);
    expect(classes.filter((c) => !c.startsWith('jmp-'))).toEqual([]);
    const selectors = [...pageStylesOf(html).matchAll(/\.(jm[a-z]*-[a-z-]+)/g)].map((m) => m[1] ?? '');
    expect(selectors.filter((c) => !c.startsWith('jmp-'))).toEqual([]);
  });

  it('embeds each font face as a data: URL with its weight, unicode-range and format', () => {
    const html = page(sampleJourney);
    const faces = html.match(/@font-face\{[^}]*\}/g);
    expect(faces).toEqual([
      '@font-face{font-family:Inter;font-style:normal;font-weight:400;font-display:block;unicode-range:U+20-7E;src:url(data:font/woff2;base64,AAAA) format("woff2")}',
      '@font-face{font-family:Inter;font-style:normal;font-weight:600;font-display:block;unicode-range:U+20-7E;src:url(data:font/woff2;base64,BBBB) format("woff2")}',
      '@font-face{font-family:Inter;font-style:normal;font-weight:400;font-display:block;unicode-range:U+4E00;src:url(data:font/ttf;base64,CCCC) format("truetype")}',
    ]);
  });

  it('has print rules: A3 landscape, controls hidden, map at page width', () => {
    const html = page(sampleJourney);
    expect(html).toContain('@page{size:A3 landscape');
    const print = html.slice(html.indexOf('@media print'));
    expect(print).toMatch(/\.jmp-header[^{]*\{display:none!important\}/);
    expect(print).toContain('width:100%!important');
  });

  it('keeps theme colours that are not plain colours out of the stylesheet', () => {
    const theme: Theme = { ...defaultTheme, colors: { ...defaultTheme.colors, accent: 'red}</style><script>alert(1)</script>' } };
    const html = page(sampleJourney, theme);
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('--jmp-accent:currentColor');
  });

  it('gives the same bytes for the same input', () => {
    expect(page(sampleJourney)).toBe(page(structuredClone(sampleJourney)));
  });

  it('round-trips any journey through the JSON block', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxStages: 3, maxTouchpoints: 3, maxPersonas: 3 }), (journey) => {
        const html = page(journey);
        const json = /<script type="application\/json" id="jmp-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(detailsData(journeyView(journey, { theme: defaultTheme })))));
      }),
      { numRuns: 30 },
    );
  });
});

describe('jsonForScript', () => {
  it('never contains characters that could end or confuse a script element', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = jsonForScript({ s: s + HOSTILE });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ s: s + HOSTILE });
      }),
    );
  });
});
