import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode-source.js';
import { MAX_FILE_BYTES } from './limits.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeSource('a.yaml', bytes('\uFEFFtitle: Café')).source).toEqual({ path: 'a.yaml', text: 'title: Café' });
  });
  it('refuses NUL and other control bytes', () => {
    const { source, diagnostics } = decodeSource('a.yaml', new Uint8Array([0x61, 0x00, 0x62]));
    expect(source).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['file-not-utf8', 'a.yaml']]);
  });
  it('refuses invalid UTF-8', () => {
    expect(decodeSource('a.yaml', new Uint8Array([0x74, 0xe9, 0x74])).diagnostics[0]?.code).toBe('file-not-utf8');
  });
  it('refuses files over the limit, and accepts one at the limit', () => {
    expect(decodeSource('a.yaml', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20)).diagnostics[0]?.code).toBe('file-too-large');
    expect(decodeSource('a.yaml', new Uint8Array(MAX_FILE_BYTES).fill(0x20)).diagnostics).toEqual([]);
  });
});
