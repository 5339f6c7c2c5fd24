import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../source/limits.js';
import { createAssetStore } from './asset-store.js';
import { createFsHost, MAX_IMAGE_BYTES } from './fs-host.js';

describe('createFsHost', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'jm-host-')));
  const root = join(base, 'root');
  mkdirSync(join(root, 'maps/img'), { recursive: true });
  // A real 1×1 PNG: the asset store checks the type and the header's pixel size.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  writeFileSync(join(root, 'maps/img/maria.png'), png);
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'link.txt'));
  const host = createFsHost(root);

  it('reads files by root-relative path', () => {
    expect(Buffer.from(host.readFile('maps/img/maria.png')!)).toEqual(png);
  });

  it('refuses paths escaping the root, absolute paths, folders and symlinks pointing outside', () => {
    expect(host.readFile('../secret.txt')).toBeUndefined();
    expect(host.readFile(join(base, 'secret.txt'))).toBeUndefined();
    expect(host.readFile('maps')).toBeUndefined();
    expect(host.readFile('link.txt')).toBeUndefined();
    expect(host.readFile('missing.png')).toBeUndefined();
  });

  it('serves assets by root-relative path or relative to the journey, with a media type', () => {
    const assets = createAssetStore(host, 'maps/checkout.journey.yaml');
    expect(assets.get('maps/img/maria.png')?.mediaType).toBe('image/png');
    expect(assets.get('img/maria.png')?.bytes.length).toBe(png.length);
    expect(assets.get('../../secret.txt')).toBeUndefined();
    expect(assets.get('maps/img/maria.gif')).toBeUndefined();
  });

  it('says why a file cannot be read, and checks images like the asset store', () => {
    symlinkSync(join(root, 'maps/img/maria.png'), join(root, 'maps/img/alias.png'));
    symlinkSync(join(base, 'secret.txt'), join(root, 'maps/img/away.png'));
    expect(host.fileProblem('link.txt')).toBe('outside-root');
    expect(host.fileProblem('../secret.txt')).toBe('outside-root');
    expect(host.fileProblem('maps/img/alias.png')).toBeUndefined();
    expect(host.fileProblem('nope.png')).toBe('missing');
    expect(host.checkImage('maps/img/alias.png')).toEqual({});
    expect(host.checkImage('maps/img/away.png').problem).toBe('outside-root');
    // A header claiming 100000×100000 pixels: refused without decoding.
    const bomb = Buffer.from(png);
    bomb.writeUInt32BE(100_000, 16);
    bomb.writeUInt32BE(100_000, 20);
    writeFileSync(join(root, 'maps/img/bomb.png'), bomb);
    expect(host.checkImage('maps/img/bomb.png')).toEqual({
      problem: 'too-large',
      detail: 'it is 100000×100000 pixels; the limit is 16384 pixels a side and 50 megapixels',
    });
    expect(createAssetStore(host, 'maps/x.journey.yaml').get('img/bomb.png')).toBeUndefined();
  });

  it('hands renderers cleaned SVG bytes only', () => {
    writeFileSync(
      join(root, 'maps/img/evil.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg"><image href="${join(base, 'secret.txt')}"/><rect width="1"/></svg>`,
    );
    const asset = createAssetStore(host, 'maps/x.journey.yaml').get('img/evil.svg');
    expect(asset?.mediaType).toBe('image/svg+xml');
    expect(new TextDecoder().decode(asset?.bytes)).toBe('<svg xmlns="http://www.w3.org/2000/svg"><image/><rect width="1"/></svg>');
  });

  it('reads at most one byte past the limit: a huge import never fills memory, a huge image is too large', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'jm-host-big-')));
    // Sparse files: gigabytes on paper, nothing on disk.
    writeFileSync(join(dir, 'huge.yaml'), 'personas: []\n');
    truncateSync(join(dir, 'huge.yaml'), 4 * 1024 ** 3);
    writeFileSync(join(dir, 'huge.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    truncateSync(join(dir, 'huge.png'), MAX_IMAGE_BYTES + 10);
    const host = createFsHost(dir);
    expect(host.readFile('huge.yaml')?.length).toBe(MAX_FILE_BYTES + 1);
    expect(host.checkImage('huge.png')).toMatchObject({ problem: 'too-large' });
  });
});
