// Checks a theme file's `logo`: a png/jpg/svg file relative to the theme file, whose real path is
// inside the project root, checked by the fs Host exactly like a persona image (type by name and
// magic bytes, pixel size, SVG cleaned). Gives the AssetStore key (root-relative path) and the
// check's result, which resolve-theme.ts reports at the `logo` value.
import { dirname, resolve } from 'node:path';
import type { ImageCheck } from '../model/checked-host.js';
import { createFsHost } from './fs-host.js';
import { fromRootRelative, toRootRelative } from './root-paths.js';

/** The detail of a logo path that leads outside the root by itself (`..`, absolute), not by a symlink. */
export const LOGO_ESCAPES = 'the path leads outside the project root';

/** `value` is the theme file's `logo` (a path ending in .png/.jpg/.jpeg/.svg); `themeFile` absolute. */
export function checkLogo(value: string, themeFile: string, root: string): { key: string; check: ImageCheck } {
  const key = toRootRelative(root, resolve(dirname(themeFile), value));
  if (!fromRootRelative(root, key)) return { key, check: { problem: 'outside-root', detail: LOGO_ESCAPES } };
  return { key, check: createFsHost(root).checkImage(key) };
}
