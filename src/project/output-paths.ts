// Where each journey's artifacts go: <out>/<stem>[.<persona>].<ext>. Two inputs that would
// write the same file are a usage error rather than one silently overwriting the other.
import { join } from 'node:path';
import type { InputFile } from './resolve-inputs.js';

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
