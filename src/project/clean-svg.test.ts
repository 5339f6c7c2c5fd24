import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { cleanSvg, MAX_SVG_BYTES, MAX_SVG_NESTING } from './clean-svg.js';

const SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function cleaned(svg: string): string {
  const result = cleanSvg(new TextEncoder().encode(svg));
  if (!result.bytes) throw new Error(`not cleaned: ${result.detail}`);
  return new TextDecoder().decode(result.bytes);
}

/** Every attribute value and element name of the cleaned SVG, as a real XML parser reads it. */
function parts(svg: string): { elements: string[]; values: string[] } {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const elements: string[] = [];
  const values: string[] = [];
  const walk = (node: import('@xmldom/xmldom').Element): void => {
    elements.push(node.localName!);
    for (let i = 0; i < node.attributes.length; i++) values.push(`${node.attributes.item(i)!.name}=${node.attributes.item(i)!.value}`);
    for (const child of Array.from(node.childNodes)) if (child.nodeType === child.ELEMENT_NODE) walk(child as never);
  };
  walk(document.documentElement!);
  return { elements, values };
}

describe('cleanSvg', () => {
  it('removes references to files and URLs in href, xlink:href and src, keeping local #ids', () => {
    const out = cleaned(
      `<svg ${SVG}><image href="/elsewhere/x.png" width="1"/><image xlink:href="../x.png"/><image src="file:///etc/passwd"/>` +
        `<use href="#a"/><use xlink:href="other.svg#b"/><feImage href="http://evil.test/x.png"/><a href="https://x.test"><rect/></a></svg>`,
    );
    const { values } = parts(out);
    expect(values).toEqual([`xmlns=http://www.w3.org/2000/svg`, 'xmlns:xlink=http://www.w3.org/1999/xlink', 'width=1', 'href=#a']);
    expect(out).not.toMatch(/elsewhere|\.\.\/x|passwd|other\.svg|evil|x\.test/);
  });

  it('removes scripts, event attributes, foreignObject, animation, processing instructions and doctypes', () => {
    const out = cleaned(
      `<?xml version="1.0"?><?xml-stylesheet href="x.css"?><!DOCTYPE svg><svg ${SVG} onload="steal()"><script>alert(1)</script>` +
        `<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="/etc/passwd"/></foreignObject>` +
        `<rect ONCLICK="x()" width="2"><set attributeName="href" to="/etc/passwd"/><animate attributeName="xlink:href" values="/x"/></rect></svg>`,
    );
    expect(parts(out).elements).toEqual(['svg', 'rect']);
    expect(out).not.toMatch(/script|steal|onclick|iframe|passwd|stylesheet|DOCTYPE|animate|<set/i);
  });

  it('removes CSS that loads anything: url() to files, @import, escapes; keeps url(#gradient)', () => {
    const out = cleaned(
      `<svg ${SVG}><style>@import "/home/me/x.css";</style><style>rect { fill: url( '/x.png' ) }</style>` +
        `<style>.a { fill: url(#g) }</style><style>.b { background: u\\72l(/x) }</style>` +
        `<rect style="fill: url(file:///x)" fill="url(#g)"/><rect style="fill: red" mask="url(/m.svg#m)"/></svg>`,
    );
    const { elements, values } = parts(out);
    expect(elements).toEqual(['svg', 'style', 'rect', 'rect']);
    expect(out).toContain('.a { fill: url(#g) }');
    expect(values.slice(2)).toEqual(['fill=url(#g)', 'style=fill: red']);
  });

  it('keeps data: png images and cleans data: svg images recursively, up to a depth', () => {
    const inner = `<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/><circle r="1"/></svg>`;
    const out = cleaned(
      `<svg ${SVG}><image href="data:image/png;base64,${PNG_1x1}"/><image href="data:image/svg+xml,${encodeURIComponent(inner)}"/>` +
        `<image href="data:text/html,hi"/><image href="data:image/png;base64,bm90IGEgcG5n"/></svg>`,
    );
    const hrefs = parts(out).values.filter((v) => v.startsWith('href='));
    expect(hrefs[0]).toBe(`href=data:image/png;base64,${PNG_1x1}`);
    expect(hrefs).toHaveLength(2);
    const nested = Buffer.from(hrefs[1]!.slice('href=data:image/svg+xml;base64,'.length), 'base64').toString();
    expect(parts(nested).elements).toEqual(['svg', 'image', 'circle']);
    expect(nested).not.toContain('passwd');

    let deep = `<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>`;
    for (let i = 0; i <= MAX_SVG_NESTING; i++)
      deep = `<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml,${encodeURIComponent(deep)}"/></svg>`;
    let level = cleaned(deep);
    let depth = 0;
    for (;;) {
      const href = parts(level).values.find((v) => v.startsWith('href='));
      if (!href) break;
      level = Buffer.from(href.slice('href=data:image/svg+xml;base64,'.length), 'base64').toString();
      depth++;
    }
    expect(depth).toBe(MAX_SVG_NESTING);
  });

  it('refuses what does not parse as an SVG document, with the reason', () => {
    expect(cleanSvg(new TextEncoder().encode('<svg><rect/>'))).toMatchObject({
      problem: 'invalid',
      detail: expect.stringContaining('unclosed'),
    });
    expect(cleanSvg(new TextEncoder().encode('<html/>'))).toMatchObject({ problem: 'invalid', detail: 'its root element is not <svg>' });
    expect(cleanSvg(new TextEncoder().encode(`<!DOCTYPE svg [<!ENTITY a "b">]><svg ${SVG}>&a;</svg>`)).problem).toBe('invalid');
    expect(cleanSvg(Uint8Array.of(0xff, 0xfe, 0x3c))).toMatchObject({ problem: 'invalid', detail: 'it is not UTF-8 text' });
    const huge = new TextEncoder().encode(`<svg ${SVG}>${' '.repeat(MAX_SVG_BYTES)}</svg>`);
    expect(cleanSvg(huge)).toMatchObject({
      problem: 'invalid',
      detail: `it holds ${huge.length} bytes; an SVG may hold at most 5242880 (5 MiB)`,
    });
  });
});
