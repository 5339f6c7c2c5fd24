// Outputs are replaced by rename, never rewritten in place: a file hard-linked to the old output
// (what a reader that opened it still sees) keeps the old bytes whole, and the output gets a new
// inode. A plain writeFile would truncate and refill the same inode, and these tests would fail.
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/project/atomic-write.js';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

describe('writeFileAtomic', () => {
  it('replaces the file by rename: the old inode keeps the old bytes, the path gets a new inode', () => {
    const dir = tempProject();
    const path = join(dir, 'out', 'a.svg');
    writeFileAtomic(path, Buffer.from('old contents'));
    const reader = join(dir, 'reader-view');
    linkSync(path, reader);
    const before = statSync(path).ino;
    writeFileAtomic(path, Buffer.from('new, longer contents'));
    expect(readFileSync(path, 'utf8')).toBe('new, longer contents');
    expect(readFileSync(reader, 'utf8')).toBe('old contents');
    expect(statSync(path).ino).not.toBe(before);
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.svg']);
  });

  it('leaves no temporary file behind when the rename fails', () => {
    const dir = tempProject();
    mkdirSync(join(dir, 'out', 'a.svg'), { recursive: true });
    writeFileSync(join(dir, 'out', 'a.svg', 'inside'), 'x');
    expect(() => writeFileAtomic(join(dir, 'out', 'a.svg'), Buffer.from('data'))).toThrow();
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.svg']);
  });
});

describe('build writes outputs atomically', () => {
  it('a rebuild renames a new file over each output instead of rewriting it in place', () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    expect(runCli(['build', 'a.journey.yaml', '-f', 'svg,html', '-o', 'out'], { cwd }).status).toBe(0);
    const old: Record<string, Buffer> = {};
    for (const ext of ['svg', 'html']) {
      old[ext] = readFileSync(join(cwd, 'out', `a.${ext}`));
      linkSync(join(cwd, 'out', `a.${ext}`), join(cwd, `held.${ext}`));
    }
    writeFileSync(join(cwd, 'a.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'Renamed journey'));
    expect(runCli(['build', 'a.journey.yaml', '-f', 'svg,html', '-o', 'out'], { cwd }).status).toBe(0);
    for (const ext of ['svg', 'html']) {
      expect(readFileSync(join(cwd, 'out', `a.${ext}`), 'utf8')).toContain('Renamed journey');
      expect(readFileSync(join(cwd, `held.${ext}`)).equals(old[ext] ?? Buffer.alloc(0))).toBe(true);
    }
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['.journeymap-manifest.json', 'a.html', 'a.svg']);
  });
});
