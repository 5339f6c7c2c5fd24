// Turns the command line's paths (files, directories, globs, `-`) into the list of journeys
// to compile, each with the output stem it mirrors to. Problems are usage errors (exit 2).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findJourneyFiles } from './find-journeys.js';
import { outputStemOf } from './output-paths.js';
import { toRootRelative } from './root-paths.js';

export const STDIN_PATH = '<stdin>';

export interface InputFile {
  /** Absolute path; undefined for standard input. */
  readonly absolute?: string;
  /** Path relative to the project root (`/`-separated), or `<stdin>`: what diagnostics name. */
  readonly display: string;
  /**
   * Output path without extension, relative to the output folder: the file's path from the
   * output base (outputStemOf), however it was named: `build maps/a.journey.yaml`,
   * `build maps` and `build 'maps/*.journey.yaml'` all write out/maps/a.svg.
   */
  readonly outputStem: string;
}

export interface ResolvedInputs {
  readonly inputs: InputFile[];
  /** Usage errors: unreadable paths. */
  readonly errors: string[];
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

async function fromGlob(pattern: string, cwd: string): Promise<string[]> {
  const { globSync } = await import('tinyglobby');
  return globSync(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: ['**/node_modules/**'],
  })
    // A glob names journeys by pattern, so only YAML files are taken from what it matches.
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
}

/** `outputBase` (default `cwd`) is the folder outputs mirror (output-paths.ts's outputBase). */
export async function resolveInputs(
  paths: readonly string[],
  cwd: string,
  root: string,
  outputBase: string = cwd,
): Promise<ResolvedInputs> {
  const inputs: InputFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ absolute, display: toRootRelative(root, absolute), outputStem: outputStemOf(outputBase, absolute) });
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
        for (const file of findJourneyFiles(absolute)) add(file);
      } catch (error) {
        errors.push(`cannot read folder ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
    } else if (stat?.isFile()) {
      add(absolute);
    } else if (isGlob(path)) {
      for (const file of await fromGlob(path, cwd)) add(file);
    } else {
      errors.push(`cannot read ${path}: no such file or folder`);
    }
  }
  return { inputs, errors };
}
