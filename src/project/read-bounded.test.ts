// Bounded reading: an endless stream stops one byte past the limit, having pulled only about
// the limit from its source; a large file is read no further than that either.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFileBounded, readStreamBounded } from './read-bounded.js';

/** An endless stream of `a: b\n` lines in 64 KiB chunks that counts what was pulled from it. */
function endless() {
  const chunk = Buffer.from('a: b\n'.repeat(13_108));
  const state = { pulled: 0, destroyed: false };
  const stream = new Readable({
    read() {
      state.pulled += chunk.length;
      this.push(chunk);
    },
    destroy(error, callback) {
      state.destroyed = true;
      callback(error);
    },
  });
  return { stream, state };
}

describe('readStreamBounded', () => {
  it('stops an endless stream one byte past the limit and destroys it', async () => {
    const { stream, state } = endless();
    const bytes = await readStreamBounded(stream, 1024 * 1024);
    expect(bytes.length).toBe(1024 * 1024 + 1);
    expect(state.destroyed).toBe(true);
    // The limit plus what the stream had buffered ahead (its high-water mark), not more.
    expect(state.pulled).toBeLessThan(1024 * 1024 + 4 * 65_540);
  });
  it('returns a short stream whole, and one exactly at the limit whole', async () => {
    expect(Buffer.from(await readStreamBounded(Readable.from([Buffer.from('ab'), 'cd']), 10)).toString()).toBe('abcd');
    expect((await readStreamBounded(Readable.from([Buffer.alloc(10)]), 10)).length).toBe(10);
    expect((await readStreamBounded(Readable.from([Buffer.alloc(11)]), 10)).length).toBe(11);
  });
});

describe('readFileBounded', () => {
  it('reads a file no further than one byte past the limit', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'jm-bounded-')), 'big.yaml');
    writeFileSync(path, Buffer.alloc(5000, 0x61));
    expect(readFileBounded(path, 100).length).toBe(101);
    expect(readFileBounded(path, 5000).length).toBe(5000);
    expect(() => readFileBounded(`${path}.missing`, 10)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
  it('holds a small file under a large limit in a buffer of its own size', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'jm-bounded-')), 'small.png');
    writeFileSync(path, Buffer.from('0123456789'));
    const bytes = readFileBounded(path, 32 * 1024 * 1024);
    expect(Buffer.from(bytes).toString()).toBe('0123456789');
    // Not a view on a 32 MiB buffer (the limit): that kept 32 MiB alive per picture.
    expect(bytes.buffer.byteLength).toBeLessThanOrEqual(11);
  });
  it.runIf(existsSync('/proc/self/status'))('reads a file whose size is unknown (0) to its end, or one byte past the limit', () => {
    const whole = readFileSync('/proc/self/status', 'utf8');
    expect(Buffer.from(readFileBounded('/proc/self/status', 1024 * 1024)).toString()).toMatch(/^Name:[\s\S]*\n$/);
    expect(whole.length).toBeGreaterThan(100);
    expect(Buffer.from(readFileBounded('/proc/self/status', 10)).toString()).toBe(whole.slice(0, 11));
  });
});
