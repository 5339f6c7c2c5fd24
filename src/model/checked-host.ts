// What the file-system Host tells beyond the plain Host (in-memory test hosts may omit it): why a
// file could not be read, and whether an image is usable (inside the root, a png/jpg/svg of a sane
// pixel size, an SVG that parses). The checks run in project/; model/ turns them into diagnostics.
import type { Code } from '../diagnostics/codes.js';
import type { Host } from '../source/source-file.js';

/** `not-a-file`: a device or socket; a folder and a named pipe are named as such. */
export type FileProblem = 'missing' | 'folder' | 'fifo' | 'not-a-file' | 'outside-root';
export type ImageProblem = FileProblem | 'invalid' | 'too-large';

export type ImageCheck = { problem?: undefined } | { problem: ImageProblem; detail: string };

export interface CheckedHost extends Host {
  /** Why readFile(path) gave nothing; undefined when it can be read. */
  fileProblem?(path: string): FileProblem | undefined;
  /** Reads and checks an image (the same checks the asset store applies before any renderer). */
  checkImage?(path: string): ImageCheck;
}

/** What a path that is not a regular file is, in words for messages. */
export const NOT_A_FILE: Readonly<Record<'folder' | 'fifo' | 'not-a-file', string>> = {
  folder: 'a folder',
  fifo: 'a named pipe (FIFO)',
  'not-a-file': 'a device or socket',
};

/** The diagnostic code of each image problem. */
export const IMAGE_PROBLEM_CODES: Readonly<Record<ImageProblem, Code>> = {
  missing: 'image-not-found',
  folder: 'image-not-found',
  fifo: 'image-not-found',
  'not-a-file': 'image-not-found',
  'outside-root': 'path-outside-root',
  invalid: 'invalid-image',
  'too-large': 'image-too-large',
};

/** A host's image check; a plain Host only says whether the file exists. */
export function checkImageVia(host: CheckedHost, path: string): ImageCheck {
  if (host.checkImage) return host.checkImage(path);
  return host.readFile(path) === undefined ? { problem: 'missing', detail: 'it does not exist' } : {};
}
