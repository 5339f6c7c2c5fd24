// Checks a theme file's `logo`: a png/jpg/svg file (by extension and by its first bytes), relative
// to the theme file, inside the project root. Reads through the root-confined Host, so symlinks
// out of the root are refused too. Returns the AssetStore key (root-relative path); draws nothing.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createFsHost } from './fs-host.js';
import { fromRootRelative, toRootRelative } from './root-paths.js';

export type LogoResult = { key: string; error?: undefined } | { key?: undefined; error: string };

type ImageType = 'png' | 'jpeg' | 'svg';

const EXTENSION_TYPES: Readonly<Record<string, ImageType>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', svg: 'svg' };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, from their signature (SVG: an <svg> element after any prolog). */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  // The prolog may hold an XML declaration, comments and a doctype before the root element.
  const prolog = /^(\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<svg[\s>]/i;
  return prolog.test(head) ? 'svg' : undefined;
}

/** `value` is the theme file's `logo`; `themeFile` absolute; `root` the project root. */
export function checkLogo(value: unknown, themeFile: string, root: string): LogoResult {
  const where = `theme file ${themeFile}: "logo"`;
  if (typeof value !== 'string' || value.trim() === '') return { error: `${where} must be the path of a png, jpg or svg file` };
  const extension = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
  const expected = value.includes('.') ? EXTENSION_TYPES[extension] : undefined;
  if (!expected) return { error: `${where} ${JSON.stringify(value)} must be a .png, .jpg, .jpeg or .svg file` };
  const absolute = resolve(dirname(themeFile), value);
  const key = toRootRelative(root, absolute);
  if (!fromRootRelative(root, key)) return { error: `${where} ${JSON.stringify(value)} is outside the project root ${root}` };
  if (!existsSync(absolute)) return { error: `${where} ${JSON.stringify(value)} not found (looked for ${absolute})` };
  const bytes = createFsHost(root).readFile(key);
  // The file exists, so the Host refused it: a folder, or a symlink leading out of the root.
  if (!bytes) return { error: `${where} ${JSON.stringify(value)} is not a file inside the project root ${root}` };
  const actual = sniffImageType(bytes);
  if (actual !== expected) {
    const found = actual ? `${actual} data` : 'not a png, jpg or svg image';
    return { error: `${where} ${JSON.stringify(value)} is ${found}, but its name says ${expected}` };
  }
  return { key };
}
