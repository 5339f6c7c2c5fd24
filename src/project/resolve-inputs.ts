// Turns the command line's paths (files, directories, globs, `-`) into the list of journeys
// to compile, each with the output stem it mirrors to. Problems are usage errors (exit 2).
import { statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { findJourneyFiles, journeyName } from './find-journeys.js';
import { toRootRelative } from './root-paths.js';

export const STDIN_PATH = '<stdin>';

export interface InputFile {
  /** Absolute path; undefined for standard input. */
  readonly absolute?: string;
  /** Path relative to the project root (`/`-separated), or `<stdin>`: what diagnostics name. */
  readonly display: string;
  /**
   * Output path without extension, relative to the output folder: the file's folder relative
   * to the directory (or glob base) it was found under, then its name. An explicit file has
   * no folder part: `build maps/a.journey.yaml` writes out/a.svg.
   */
  readonly outputStem: string;
}

export interface ResolvedInputs {
  readonly inputs: InputFile[];
  /** Usage errors: unreadable paths. */
  readonly errors: string[];
}

const toSlash = (path: string): string => path.split('\\').join('/');

function stemUnder(base: string, file: string): string {
  const dir = toSlash(relative(base, dirname(file)));
  const name = journeyName(basename(file));
  return dir === '' ? name : `${dir}/${name}`;
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Glob syntax (picomatch's): checked before loading the glob libraries, which cost startup. */
export const isGlob = (path: string): boolean => /[*?[\]{}()!]/.test(path);

async function fromGlob(pattern: string, cwd: string): Promise<{ base: string; files: string[] }> {
  const [{ default: picomatch }, { globSync }] = await Promise.all([import('picomatch'), import('tinyglobby')]);
  const base = resolve(cwd, picomatch.scan(pattern).base || '.');
  const files = globSync(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: ['**/node_modules/**'],
  })
    // A glob names journeys by pattern, so only YAML files are taken from what it matches.
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
  return { base, files };
}

export async function resolveInputs(paths: readonly string[], cwd: string, root: string): Promise<ResolvedInputs> {
  const inputs: InputFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, outputStem: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ absolute, display: toRootRelative(root, absolute), outputStem });
  };
  for (const path of paths) {
    if (path === '-') {
      if (!seen.has(STDIN_PATH)) inputs.push({ display: STDIN_PATH, outputStem: 'stdin' });
      seen.add(STDIN_PATH);
      continue;
    }
    const absolute = resolve(cwd, path);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      try {
        for (const file of findJourneyFiles(absolute)) add(file, stemUnder(absolute, file));
      } catch (error) {
        errors.push(`cannot read folder ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
    } else if (stat?.isFile()) {
      add(absolute, journeyName(basename(absolute)));
    } else if (isGlob(path)) {
      const { base, files } = await fromGlob(path, cwd);
      for (const file of files) add(file, stemUnder(base, file));
    } else {
      errors.push(`cannot read ${path}: no such file or folder`);
    }
  }
  return { inputs, errors };
}
