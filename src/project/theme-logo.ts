// Checks a theme file's `logo`: a png/jpg/svg file relative to the theme file, whose real path is
// inside the project root, checked by the fs Host exactly like a persona image (type by name and
// magic bytes, pixel size, SVG cleaned). Returns the AssetStore key (root-relative path).
import { dirname, resolve } from 'node:path';
import { createFsHost } from './fs-host.js';
import { fromRootRelative, toRootRelative } from './root-paths.js';

export type LogoResult = { key: string; error?: undefined } | { key?: undefined; error: string };

/** `value` is the theme file's `logo`; `themeFile` absolute; `root` the project root. */
export function checkLogo(value: unknown, themeFile: string, root: string): LogoResult {
  const where = `theme file ${themeFile}: "logo"`;
  if (typeof value !== 'string' || value.trim() === '') return { error: `${where} must be the path of a png, jpg or svg file` };
  if (!/\.(png|jpe?g|svg)$/i.test(value)) return { error: `${where} ${JSON.stringify(value)} must be a .png, .jpg, .jpeg or .svg file` };
  const absolute = resolve(dirname(themeFile), value);
  const key = toRootRelative(root, absolute);
  if (!fromRootRelative(root, key)) return { error: `${where} ${JSON.stringify(value)} is outside the project root ${root}` };
  const check = createFsHost(root).checkImage(key);
  switch (check.problem) {
    case undefined:
      return { key };
    case 'missing':
      return { error: `${where} ${JSON.stringify(value)} not found (looked for ${absolute})` };
    case 'outside-root':
      return { error: `${where} ${JSON.stringify(value)} leads (through a symbolic link) outside the project root ${root}` };
    case 'not-a-file':
      return { error: `${where} ${JSON.stringify(value)} is not a file` };
    default:
      return { error: `${where} ${JSON.stringify(value)}: ${check.detail}` };
  }
}
