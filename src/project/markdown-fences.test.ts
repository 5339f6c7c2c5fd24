// journeyFences: which fences are journeys, and that each fence's text keeps the Markdown's own
// lines, columns and offsets (containers' prefixes become spaces).
import { describe, expect, it } from 'vitest';
import { journeyFences } from './markdown-fences.js';

describe('journeyFences', () => {
  it('finds ```journey fences anywhere (lists, quotes), in order, and nothing else', async () => {
    const md = [
      '# Title',
      '',
      '```journey',
      'title: A',
      '```',
      '',
      '- item',
      '',
      '  ```journey',
      '  title: B',
      '  ```',
      '',
      '> ```journey',
      '> title: C',
      '> ```',
      '',
      '```yaml',
      'title: not a journey',
      '```',
      '',
      '```journeys',
      'title: nor this',
      '```',
      '',
    ].join('\n');
    const fences = await journeyFences(md);
    expect(fences.map((f) => f.index)).toEqual([1, 2, 3]);
    expect(fences.map((f) => md.slice(f.start, f.end))).toEqual([
      '```journey\ntitle: A\n```',
      '```journey\n  title: B\n  ```',
      '```journey\n> title: C\n> ```',
    ]);
    for (const fence of fences) expect(fence.text.length).toBe(md.length);
    const lines = (f: number) => (fences[f]?.text ?? '').split('\n');
    // Only the body line is kept, at its own column; every other character is a space.
    expect(lines(0)[3]).toBe('title: A');
    expect(lines(1)[9]).toBe('  title: B');
    expect(lines(2)[13]).toBe('  title: C');
    for (const [f, keep] of [
      [0, 3],
      [1, 9],
      [2, 13],
    ] as const) {
      lines(f).forEach((line, i) => {
        if (i !== keep) expect(line.trim()).toBe('');
      });
    }
  });

  it('keeps CRLF line ends and an empty or unclosed fence', async () => {
    const crlf = await journeyFences('```journey\r\ntitle: A\r\n```\r\n');
    expect(crlf[0]?.text).toBe('          \r\ntitle: A\r\n   \r\n');
    expect((await journeyFences('```journey\n```\n'))[0]?.text).toBe('          \n   \n');
    const open = await journeyFences('text\n\n```journey\ntitle: A\nstages: [S]\n');
    expect(open[0]?.text).toBe('    \n\n          \ntitle: A\nstages: [S]\n');
  });
});
