import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, isSafeLink, stripInvalidXmlChars } from './markup.js';

describe('markup escaping', () => {
  it('escapes the markup characters', () => {
    expect(escapeText('<a href="x">&</a> ]]>')).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt; ]]&gt;');
    expect(escapeAttribute(`"it's" <&>`)).toBe('&quot;it&#39;s&quot; &lt;&amp;&gt;');
    expect(escapeAttribute('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
  });

  it('removes characters XML 1.0 forbids, keeps valid pairs and whitespace', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000bd\u000ce\u001ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(stripInvalidXmlChars('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripInvalidXmlChars('😀\t\n\r')).toBe('😀\t\n\r');
  });

  it('never lets a raw < or & through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        for (const out of [escapeText(s), escapeAttribute(s)]) {
          expect(out).not.toMatch(/<|&(?!(amp|lt|gt|quot|#39|#9|#10|#13);)/);
          expect(out).not.toContain(']]>');
        }
        expect(escapeAttribute(s)).not.toMatch(/["']/);
      }),
    );
  });

  it('accepts only http, https and mailto links', () => {
    expect(isSafeLink('https://x.y')).toBe(true);
    expect(isSafeLink('HTTP://x.y')).toBe(true);
    expect(isSafeLink('mailto:a@b.c')).toBe(true);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('data:text/html,x')).toBe(false);
    expect(isSafeLink('//evil.example')).toBe(false);
  });

  it('keeps line and paragraph separators as references, so parsers cannot turn them into newlines', () => {
    expect(escapeText('a\u2028b\u2029c\u0085')).toBe('a&#8232;b&#8233;c&#133;');
    expect(escapeAttribute('\u2028')).toBe('&#8232;');
  });
});
