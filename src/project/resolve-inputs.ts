// Turns the command line's paths (files, directories, globs, `-`) into the list of journeys
// to compile, each with the output stem it mirrors to. Problems are usage errors (exit 2).
// Every journey found by a folder or glob must have its real path inside the project root
// (root-paths.ts's confinedFile): a symlink leading out is refused with path-outside-root,
// unread. Only what the command line names outside the root is read from there (you chose it).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findJourneyFiles } from './find-journeys.js';
import { outputStemOf } from './output-paths.js';
import { confinedFile, isInside, realRootOf, toRootRelative } from './root-paths.js';

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
  /** Set when the file must not be read (its real path is outside the root): report this instead. */
  readonly refused?: Diagnostic;
  /** Render options for this journey alone, over the run's (build --site: its map page's links). */
  readonly renderOptions?: Readonly<Record<string, string>>;
  /** One ```journey fence of a Markdown file (markdown-inputs.ts): `absolute` is the Markdown file. */
  readonly markdown?: MarkdownFence;
}

/** Which fence of a Markdown input this is, and where the rewritten Markdown goes. */
export interface MarkdownFence {
  /** 1-based; 0 when the file could not be read as text (readInput reports why). */
  readonly fence: number;
  /** The Markdown file's own output stem: `<out>/<stem>.md` is the rewritten Markdown. */
  readonly stem: string;
  /** Offsets of the whole fence in the Markdown text: what the rewritten Markdown replaces. */
  readonly start: number;
  readonly end: number;
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
  return (
    globSync(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      dot: false,
      ignore: ['**/node_modules/**'],
    })
      // A glob names journeys by pattern, so only YAML files are taken from what it matches, and
      // Markdown files only from a pattern that itself ends in .md (docs/cli.md "Markdown").
      .filter((file) => /\.ya?ml$/.test(file) || (/\.md$/i.test(pattern) && /\.md$/i.test(file)))
      .sort()
  );
}

/** The folder part of a glob before its first pattern segment: `maps` for `maps/**` and `maps/*.yaml`. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed = segments.slice(
    0,
    segments.findIndex((segment) => isGlob(segment)),
  );
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

export function outsideRootDiagnostic(display: string): Diagnostic {
  return {
    code: 'path-outside-root',
    severity: 'error',
    message: `${display} is a symbolic link leading outside the project root; it was not read`,
    file: display,
    hint: 'copy the journey into the project instead of linking to it, or name the outside file itself on the command line',
  };
}

/**
 * The refusal of a file the command line names (diff, import): none when its path lies outside
 * the root (the user chose it), path-outside-root when it lies inside but is a symlink leading out.
 */
export function refusalOf(absolute: string, root: string): Diagnostic | undefined {
  if (!isInside(root, absolute)) return undefined;
  const outside = confinedFile(realRootOf(root), absolute).problem === 'outside-root';
  return outside ? outsideRootDiagnostic(toRootRelative(root, absolute)) : undefined;
}

export interface ResolveOptions {
  /** The paths come from the config file: every journey, even one named by its path, must be inside the root. */
  readonly fromConfig?: boolean;
}

/** `outputBase` (default `cwd`) is the folder outputs mirror (output-paths.ts's outputBase). */
export async function resolveInputs(
  paths: readonly string[],
  cwd: string,
  root: string,
  outputBase: string = cwd,
  options: ResolveOptions = {},
): Promise<ResolvedInputs> {
  const inputs: InputFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const realRoot = realRootOf(root);
  /**
   * `fence` is the real folder the file must lie in: the root's, or for a folder or glob the
   * command line names outside the root, that folder's own; undefined for such a named file.
   */
  const add = (absolute: string, fence: string | undefined): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const display = toRootRelative(root, absolute);
    const outside = fence !== undefined && confinedFile(fence, absolute).problem === 'outside-root';
    inputs.push({
      absolute,
      display,
      outputStem: outputStemOf(outputBase, absolute),
      ...(outside ? { refused: outsideRootDiagnostic(display) } : {}),
    });
  };
  /** The fence of everything found under `named` (a path argument, absolute). */
  const fenceOf = (named: string): string => (options.fromConfig || isInside(root, named) ? realRoot : realRootOf(named));
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
        const fence = fenceOf(absolute);
        for (const file of findJourneyFiles(absolute)) add(file, fence);
      } catch (error) {
        errors.push(`cannot read folder ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
    } else if (stat?.isFile()) {
      add(absolute, options.fromConfig || isInside(root, absolute) ? realRoot : undefined);
    } else if (isGlob(path)) {
      const fence = fenceOf(resolve(cwd, globBase(path)));
      for (const file of await fromGlob(path, cwd)) add(file, fence);
    } else {
      errors.push(`cannot read ${path}: no such file or folder`);
    }
  }
  return { inputs, errors };
}
