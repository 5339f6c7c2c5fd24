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
  it('names binary data as such, valid UTF-8 or not, and keeps tab, CR and LF as text', () => {
    const message = (b: number[]) => decodeSource('a.yaml', new Uint8Array(b)).diagnostics.map((d) => d.message);
    expect(message([0x61, 0x1f, 0x62])).toEqual(['file holds binary data, not text']);
    expect(message([0x61, 0x0b])).toEqual(['file holds binary data, not text']);
    expect(message([0xe9, 0x00])).toEqual(['file holds binary data, not text']);
    expect(message([0xe9, 0x61])).toEqual(['file is not valid UTF-8 (another encoding such as Latin-1 or UTF-16?)']);
    expect(decodeSource('a.yaml', bytes('a:\tb\r\nc: \u00e9\u001f'.slice(0, -1))).source?.text).toBe('a:\tb\r\nc: \u00e9');
    // Every C0 byte but tab, LF and CR is binary; DEL and the C1 range decode as text.
    for (let b = 0; b < 0x20; b++) expect(message([0x61, b]).length, `byte ${b}`).toBe([0x09, 0x0a, 0x0d].includes(b) ? 0 : 1);
    expect(decodeSource('a.yaml', bytes('a\u007f\u0085')).diagnostics).toEqual([]);
  });
  it('refuses files over the limit, and accepts one at the limit', () => {
    expect(decodeSource('a.yaml', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20)).diagnostics[0]?.code).toBe('file-too-large');
    expect(decodeSource('a.yaml', new Uint8Array(MAX_FILE_BYTES).fill(0x20)).diagnostics).toEqual([]);
  });
});
