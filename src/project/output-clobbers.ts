// Finds outputs of a run that would overwrite one of its inputs (journey, import, image, theme,
// config) or another of its outputs. Paths are compared resolved (the folder's real path plus the
// name) and, for files that exist, by device and inode, so a symlink, a hard link or another
// spelling of the same file is caught. Reads file metadata only; writes nothing.
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** An absolute path and how messages name it ("the journey maps/a.journey.yaml"). */
export interface NamedPath {
  readonly path: string;
  readonly label: string;
}

interface Identity {
  /** The real path of the nearest existing folder joined with the rest of the path. */
  readonly key: string;
  /** `dev:ino` of the file when it exists. */
  readonly inode?: string;
}

function realKey(path: string): string {
  const absolute = resolve(path);
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  try {
    return join(realpathSync(parent), basename(absolute));
  } catch {
    return join(realKey(parent), basename(absolute));
  }
}

function identityOf(path: string): Identity {
  const key = realKey(path);
  try {
    const stats = statSync(path);
    return { key, inode: `${stats.dev}:${stats.ino}` };
  } catch {
    return { key };
  }
}

const same = (a: Identity, b: Identity): boolean => a.key === b.key || (a.inode !== undefined && a.inode === b.inode);

/**
 * One message per output that would overwrite an input or an earlier output; empty when none.
 * `inputs` are files the run reads (they exist); `outputs` are the files it would write.
 */
export function findClobbers(outputs: readonly NamedPath[], inputs: readonly NamedPath[]): string[] {
  return checkOutputs(outputs, inputs).messages;
}

/** The resolved paths of a run's outputs, each with its label: for inputs found only later. */
export type OutputKeys = ReadonlyMap<string, string>;

/** findClobbers, also giving the outputs' resolved paths for inputsAmongOutputs. */
export function checkOutputs(
  outputs: readonly NamedPath[],
  inputs: readonly NamedPath[],
): { messages: string[]; keys: OutputKeys } {
  const readIds = inputs.map((input) => ({ input, id: identityOf(input.path) }));
  const written: { output: NamedPath; id: Identity }[] = [];
  const messages: string[] = [];
  for (const output of outputs) {
    const id = identityOf(output.path);
    const input = readIds.find((r) => same(r.id, id))?.input;
    const earlier = written.find((w) => w.id.key === id.key)?.output;
    if (input) messages.push(`${output.label} would overwrite ${input.label}, an input of this run`);
    else if (earlier) messages.push(`${earlier.label} and ${output.label} would write the same file`);
    written.push({ output, id });
  }
  return { messages, keys: new Map(written.map((w) => [w.id.key, w.output.label])) };
}

/** One message per input (known only after compiling: imports, images) that is an output of the run. */
export function inputsAmongOutputs(keys: OutputKeys, inputs: readonly NamedPath[]): string[] {
  return inputs.flatMap((input) => {
    const output = keys.get(realKey(input.path));
    return output === undefined ? [] : [`${output} would overwrite ${input.label}, an input of this run`];
  });
}
