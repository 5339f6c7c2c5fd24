// The file-system Host the core reads through: paths relative to the project root, and
// nothing whose real path is outside it (root-paths.ts's confinedFile). Reads only; the core
// never writes. It also says why a file cannot be read and checks images (check-image.ts).
import type { CheckedHost, ImageCheck } from '../model/checked-host.js';
import { MAX_FILE_BYTES } from '../source/limits.js';
import { checkImageBytes, mediaTypeOf } from './check-image.js';
import { readFileBounded } from './read-bounded.js';
import { type ConfinedPath, confinedFile, fromRootRelative, realRootOf } from './root-paths.js';

/** Images may be larger than text files; beyond this many bytes one is image-too-large unread. */
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;

/**
 * At most one byte past the limit of the file's kind is read: a text file over 1 MiB is then
 * file-too-large where it is decoded, an image over its limit is refused, and a huge file named
 * as an import never fills memory.
 */
const limitFor = (path: string): number => (mediaTypeOf(path) ? MAX_IMAGE_BYTES : MAX_FILE_BYTES);

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
      return readFileBounded(real, limitFor(path));
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
      if (bytes.length > MAX_IMAGE_BYTES) return { problem: 'too-large', detail: `it is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB` };
      const checked = checkImageBytes(path, bytes);
      return checked.problem ? { problem: checked.problem, detail: checked.detail } : {};
    },
  };
}
