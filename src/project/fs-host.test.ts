import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssetStore } from './asset-store.js';
import { createFsHost } from './fs-host.js';

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
});
