// The diagnostic for an image a journey names that cannot be used: missing, outside the root,
// not a readable png/jpg/svg, or claiming too many pixels. One wording for every image kind.
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import { IMAGE_PROBLEM_CODES, type ImageProblem, NOT_A_FILE } from './checked-host.js';

const HINTS: Readonly<Record<ImageProblem, string>> = {
  missing: 'image paths are relative to the file that names them',
  folder: 'name an image file inside the folder',
  fifo: 'name an image file; a named pipe is never read',
  'not-a-file': 'name an image file, not a folder or a device',
  'outside-root': 'copy the image into the project instead of linking to it; nothing outside the root is read',
  invalid: 'export the picture again as png, jpg or plain svg',
  'too-large': 'scale the picture down; a map needs a few hundred pixels a side',
};

/** `what` names the picture in the message: "image", or "logo" for a theme file's. */
export function imageDiagnostic(path: string, check: { problem: ImageProblem; detail: string }, span: Span, what = 'image'): Diagnostic {
  const message =
    check.problem === 'missing'
      ? `${what} "${path}" does not exist`
      : check.problem === 'folder' || check.problem === 'fifo' || check.problem === 'not-a-file'
        ? `${what} "${path}" is ${NOT_A_FILE[check.problem]}, not a file`
        : check.problem === 'outside-root'
          ? `${what} "${path}" is a symbolic link leading outside the project root`
          : check.problem === 'too-large'
            ? `${what} "${path}" is too large: ${check.detail}`
            : `${what} "${path}" cannot be used: ${check.detail}`;
  return { code: IMAGE_PROBLEM_CODES[check.problem], severity: 'error', message, span, hint: HINTS[check.problem] };
}
