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
    writeFileSync(join(root, 'maps/img/evil.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><image href="${join(base, 'secret.txt')}"/><rect width="1"/></svg>`);
    const asset = createAssetStore(host, 'maps/x.journey.yaml').get('img/evil.svg');
    expect(asset?.mediaType).toBe('image/svg+xml');
    expect(new TextDecoder().decode(asset?.bytes)).toBe('<svg xmlns="http://www.w3.org/2000/svg"><image/><rect width="1"/></svg>');
  });
});
