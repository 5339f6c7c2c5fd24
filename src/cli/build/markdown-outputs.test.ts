// The rewritten Markdown's pieces: image links that survive any title and path, fences replaced
// by offsets with the text around them untouched.
import { describe, expect, it } from 'vitest';
import { imageLink, replaceFences } from './markdown-outputs.js';

describe('rewritten Markdown', () => {
  it('escapes the alt text and wraps a target with spaces or parentheses in <>', () => {
    expect(imageLink('Checkout', 'README-1.svg')).toBe('![Checkout](README-1.svg)');
    expect(imageLink('A [draft] \\ map\non two lines', 'docs/README-2.svg')).toBe(
      '![A \\[draft\\] \\\\ map on two lines](docs/README-2.svg)',
    );
    expect(imageLink('Map', 'my docs/READ (me)-1.svg')).toBe('![Map](<my docs/READ (me)-1.svg>)');
    expect(imageLink('Map', 'a<b>-1.svg')).toBe('![Map](<a%3Cb%3E-1.svg>)');
  });

  it('replaces fences by their offsets, in any order, keeping everything else byte for byte', () => {
    const text = 'a\n```journey\nx\n```\nb\n```journey\ny\n```\nc';
    const first = { start: 2, end: 18, link: '![1](1.svg)' };
    const second = { start: 21, end: 37, link: '![2](2.svg)' };
    expect(text.slice(first.start, first.end)).toBe('```journey\nx\n```');
    expect(text.slice(second.start, second.end)).toBe('```journey\ny\n```');
    expect(replaceFences(text, [second, first])).toBe('a\n![1](1.svg)\nb\n![2](2.svg)\nc');
    expect(replaceFences(text, [])).toBe(text);
  });
});
