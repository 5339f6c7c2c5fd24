// The file-system Host the core reads through: paths relative to the project root, and
// nothing whose real path is outside it (root-paths.ts's confinedFile). Reads only; the core
// never writes. It also says why a file cannot be read and checks images (check-image.ts).
import { readFileSync } from 'node:fs';
import type { CheckedHost, ImageCheck } from '../model/checked-host.js';
import { checkImageBytes } from './check-image.js';
import { type ConfinedPath, confinedFile, fromRootRelative, realRootOf } from './root-paths.js';

export function createFsHost(root: string): Required<CheckedHost> {
  const realRoot = realRootOf(root);
  const confined = (path: string): ConfinedPath => {
    const absolute = fromRootRelative(root, path);
    return absolute ? confinedFile(realRoot, absolute) : { problem: 'outside-root' };
  };
  const readFile = (path: string): Uint8Array | undefined => {
    const { real } = confined(path);
    if (!real) return undefined;
    try {
      return readFileSync(real);
    } catch {
      return undefined;
    }
  };
  return {
    readFile,
    fileProblem: (path) => confined(path).problem,
    checkImage(path): ImageCheck {
      const problem = confined(path).problem;
      if (problem) return { problem, detail: problem };
      const bytes = readFile(path);
      if (!bytes) return { problem: 'missing', detail: 'missing' };
      const checked = checkImageBytes(path, bytes);
      return checked.problem ? { problem: checked.problem, detail: checked.detail } : {};
    },
  };
}
