// Finds outputs of a run that would overwrite one of its inputs (journey, import, image, theme,
// config) or another of its outputs. Paths are compared resolved (the folder's real path plus the
// name) and, for files that exist, by device and inode, so a symlink, a hard link or another
// spelling of the same file is caught; so are paths that differ only by letter case (or Unicode
// normalization), which are one file on macOS and Windows. Reads file metadata only; writes nothing.
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

/** A path as a case-insensitive file system (APFS, NTFS) compares names: `Checkout.svg` is `checkout.svg`. */
const folded = (key: string): string => key.normalize('NFC').toLowerCase();

const ON_CASE_INSENSITIVE = ' on a case-insensitive file system (macOS, Windows)';

/** Real paths of folders already resolved in one check (hundreds of outputs share a few folders). */
type FolderMemo = Map<string, string>;

function realKey(path: string, memo?: FolderMemo): string {
  const absolute = resolve(path);
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  const known = memo?.get(parent);
  if (known !== undefined) return join(known, basename(absolute));
  let real: string;
  try {
    real = realpathSync(parent);
  } catch {
    real = realKey(parent, memo);
  }
  memo?.set(parent, real);
  return join(real, basename(absolute));
}

function identityOf(path: string, memo?: FolderMemo): Identity {
  const key = realKey(path, memo);
  try {
    const stats = statSync(path);
    return { key, inode: `${stats.dev}:${stats.ino}` };
  } catch {
    return { key };
  }
}

/**
 * One message per output that would overwrite an input or an earlier output; empty when none.
 * `inputs` are files the run reads (they exist); `outputs` are the files it would write.
 */
export function findClobbers(outputs: readonly NamedPath[], inputs: readonly NamedPath[]): string[] {
  return checkOutputs(outputs, inputs).messages;
}

/** A run's outputs by resolved path, case folded, each with its path as resolved and its label: for inputs found only later. */
export type OutputKeys = ReadonlyMap<string, { readonly key: string; readonly label: string }>;

/**
 * findClobbers, also giving the outputs' resolved paths for inputsAmongOutputs, and which outputs
 * would overwrite an input (by output path, with the message).
 */
export function checkOutputs(
  outputs: readonly NamedPath[],
  inputs: readonly NamedPath[],
): { messages: string[]; keys: OutputKeys; overwriting: ReadonlyMap<string, string> } {
  const memo: FolderMemo = new Map();
  // Inputs by resolved path and by inode; outputs by resolved path: lookups, not scans.
  const byKey = new Map<string, NamedPath>();
  const byFolded = new Map<string, NamedPath>();
  const byInode = new Map<string, NamedPath>();
  for (const input of inputs) {
    const id = identityOf(input.path, memo);
    if (!byKey.has(id.key)) byKey.set(id.key, input);
    if (!byFolded.has(folded(id.key))) byFolded.set(folded(id.key), input);
    if (id.inode !== undefined && !byInode.has(id.inode)) byInode.set(id.inode, input);
  }
  const written = new Map<string, NamedPath>();
  const writtenFolded = new Map<string, NamedPath>();
  const messages: string[] = [];
  const overwriting = new Map<string, string>();
  const overwrites = (output: NamedPath, message: string): void => {
    messages.push(message);
    overwriting.set(output.path, message);
  };
  for (const output of outputs) {
    const id = identityOf(output.path, memo);
    const input = byKey.get(id.key) ?? (id.inode === undefined ? undefined : byInode.get(id.inode));
    const inputByCase = byFolded.get(folded(id.key));
    const earlier = written.get(id.key);
    const earlierByCase = writtenFolded.get(folded(id.key));
    if (input) overwrites(output, `${output.label} would overwrite ${input.label}, an input of this run`);
    else if (earlier) messages.push(`${earlier.label} and ${output.label} would write the same file`);
    else if (inputByCase)
      overwrites(output, `${output.label} would overwrite ${inputByCase.label}, an input of this run${ON_CASE_INSENSITIVE}`);
    else if (earlierByCase) messages.push(`${earlierByCase.label} and ${output.label} would write the same file${ON_CASE_INSENSITIVE}`);
    if (!earlier) written.set(id.key, output);
    if (!earlierByCase) writtenFolded.set(folded(id.key), output);
  }
  // Keyed folded: an input found later (an import, an image) that is an output in another case is one too.
  const keys = new Map([...written].map(([key, output]) => [folded(key), { key, label: output.label }]));
  return { messages, keys, overwriting };
}

/** One message per input (known only after compiling: imports, images) that is an output of the run. */
export function inputsAmongOutputs(keys: OutputKeys, inputs: readonly NamedPath[]): string[] {
  return inputs.flatMap((input) => {
    const key = realKey(input.path);
    const output = keys.get(folded(key));
    if (output === undefined) return [];
    return [`${output.label} would overwrite ${input.label}, an input of this run${output.key === key ? '' : ON_CASE_INSENSITIVE}`];
  });
}
