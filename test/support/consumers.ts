// The real consumers the tests check outputs with (qpdf, poppler's pdftotext/pdfinfo/pdfimages/
// pdftoppm, rsvg-convert, chromium): a test may skip when one is missing on a developer's machine,
// but under CI (the CI variable set) a missing consumer fails the run instead of skipping quietly.
import { spawnSync } from 'node:child_process';

export const hasTool = (name: string): boolean => spawnSync(name, ['-v'], { stdio: 'ignore' }).error === undefined;

/** True when the tests needing these tools should skip; under CI a missing tool throws instead. */
export function skipWithout(...tools: readonly string[]): boolean {
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length === 0) return false;
  if (process.env.CI) {
    throw new Error(`${missing.join(', ')} not installed, and CI is set: these tests must run in CI (.ci/run installs them)`);
  }
  return true;
}
