// Where each journey's artifacts go: <out>/<stem>[.<persona>].<ext>, the stem being the journey's
// path from the output base (the config file's folder, else the working directory), so a build and
// a --check of the same project agree whatever paths they were given. Two inputs that would
// write the same file are a usage error rather than one silently overwriting the other.
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { outputStemOfFile } from '../view/detail-link.js';
import type { InputFile } from './resolve-inputs.js';

/** The folder whose structure outputs mirror: the config file's folder, else the working directory. */
export function outputBase(configPath: string | undefined, cwd: string): string {
  return configPath === undefined ? cwd : dirname(configPath);
}

/**
 * A journey's output path without extension, `/`-separated: its folder relative to the output
 * base, then its name without `.journey.yaml`. Never its folder relative to the path argument:
 * `build maps` and `build` (include: maps) must name the same files. A file outside the base has
 * no folder to mirror and keeps only its name (the collision check catches clashes).
 */
export function outputStemOf(base: string, absolute: string): string {
  const dir = relative(base, dirname(absolute));
  // One rule with the detail-map links (view/detail-link.ts), which mirror these stems.
  if (dir === '' || dir.startsWith('..') || isAbsolute(dir)) return outputStemOfFile(basename(absolute));
  return outputStemOfFile(`${dir.split(sep).join('/')}/${basename(absolute)}`);
}

export function outputPath(outDir: string, input: InputFile, extension: string, persona?: string): string {
  const stem = persona === undefined ? input.outputStem : `${input.outputStem}.${persona}`;
  return join(outDir, `${stem}.${extension}`);
}

/** Messages naming inputs that share an output stem; empty when all are distinct. */
export function findOutputCollisions(inputs: readonly InputFile[]): string[] {
  const byStem = new Map<string, string>();
  const collisions: string[] = [];
  for (const input of inputs) {
    const first = byStem.get(input.outputStem);
    if (first === undefined) byStem.set(input.outputStem, input.display);
    else collisions.push(`${first} and ${input.display} would write the same output "${input.outputStem}"`);
  }
  return collisions;
}
