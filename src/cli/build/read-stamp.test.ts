// The cache's read stamps: none while a file's timestamps may still be shared by another edit; an
// edit that keeps size and modification time still changes the stamp (ctime).
import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, hashOfFile } from '../../project/content-hash.js';
import { currentStamp, hashAndStamp, SETTLE_MS } from './read-stamp.js';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jm-stamp-')), 'a.journey.yaml');
  writeFileSync(path, text);
  return path;
}

const changedAt = (path: string): number => Math.max(statSync(path).mtimeMs, statSync(path).ctimeMs);

describe('read stamps', () => {
  it('stamps a settled file with its stat, and a file changed within SETTLE_MS with nothing', () => {
    const path = file('title: A\n');
    const settled = hashAndStamp(path, hashOfFile, () => changedAt(path) + SETTLE_MS);
    expect(settled).toEqual({ hash: contentHash('title: A\n'), stamp: currentStamp(path), ctimeMs: statSync(path).ctimeMs });
    expect(settled?.stamp).toMatch(/^9:[\d.]+:[\d.]+:\d+:\d+$/);
    const racy = hashAndStamp(path, hashOfFile, () => changedAt(path) + SETTLE_MS - 1);
    expect(racy).toEqual({ hash: contentHash('title: A\n'), stamp: '', ctimeMs: statSync(path).ctimeMs });
  });

  it('gives no stamp when the file changed while it was hashed, and nothing for a missing file', () => {
    const path = file('title: A\n');
    const hashThenEdit = (p: string) => {
      const hash = hashOfFile(p);
      writeFileSync(p, 'title: Bb\n');
      return hash;
    };
    expect(hashAndStamp(path, hashThenEdit, () => changedAt(path) + 60_000)?.stamp).toBe('');
    expect(hashAndStamp(join(path, '..', 'gone.yaml'), hashOfFile, Date.now)).toBeUndefined();
    expect(currentStamp(join(path, '..'))).toBeUndefined();
  });

  it('changes when an edit keeps the size and the modification time', () => {
    const path = file('title: A\n');
    const hour = new Date(Date.now() - 3_600_000);
    utimesSync(path, hour, hour);
    const before = currentStamp(path);
    const mtime = statSync(path).mtimeMs;
    writeFileSync(path, 'title: B\n');
    utimesSync(path, hour, hour);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(currentStamp(path)).not.toBe(before);
  });
});
