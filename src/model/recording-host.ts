// Wraps a Host so that every file a journey reads through it (imports, images, and whatever later
// inputs come through the Host) is recorded: the compiled journey's one list of inputs. Reads
// nothing itself and keeps its list per wrapper, never per module.
import type { Host } from '../source/source-file.js';
import type { CheckedHost, ImageProblem } from './checked-host.js';

export interface RecordingHost {
  readonly host: CheckedHost;
  /** Root-relative paths read so far, in first-read order, each once. */
  inputs(): readonly string[];
}

/** Image problems that still mean a file was there and was read. */
const READ_ANYWAY: ReadonlySet<ImageProblem> = new Set(['invalid', 'too-large']);

export function recordingHost(inner: CheckedHost | Host): RecordingHost {
  const base = inner as CheckedHost;
  const seen = new Set<string>();
  const host: CheckedHost = {
    readFile(path) {
      const bytes = base.readFile(path);
      if (bytes !== undefined) seen.add(path);
      return bytes;
    },
    ...(base.fileProblem ? { fileProblem: (path: string) => base.fileProblem?.(path) } : {}),
    ...(base.checkImage
      ? {
          checkImage(path: string) {
            const check = base.checkImage!(path);
            if (check.problem === undefined || READ_ANYWAY.has(check.problem)) seen.add(path);
            return check;
          },
        }
      : {}),
  };
  return { host, inputs: () => [...seen] };
}
