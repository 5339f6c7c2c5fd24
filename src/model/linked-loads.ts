// One build's loads of journey files (the built ones and those linked by `compare:` and `map:`):
// each is parsed, validated and loaded once per build however many journeys name it. Made per
// build run (cli/build/execute-build.ts, each --jobs worker) and passed in through CompileOptions.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../source/source-file.js';
import { type CheckedHost, checkImageVia } from './checked-host.js';
import type { Journey } from './journey.js';

export interface LoadOutcome {
  readonly journey?: Journey;
  readonly diagnostics: Diagnostic[];
}

interface Entry {
  readonly text: string;
  readonly outcome: LoadOutcome;
  /** What the load read and checked, replayed through a later caller's Host (see loadOnce). */
  readonly reads: readonly string[];
  readonly images: readonly string[];
}

/** The loads of one build, by root-relative path. */
export interface LinkedLoads {
  readonly entries: Map<string, Entry>;
}

export const createLinkedLoads = (): LinkedLoads => ({ entries: new Map() });

/**
 * `load` through `links`: the first load of a path (with the same text) runs and is kept; later
 * ones return it. The files it read and the pictures it checked are read and checked again
 * through the caller's Host, so each referrer's recorded inputs (cache key, --check, watch) still
 * list them. A load that met a cycle is never kept: which link closes a cycle depends on where the
 * chain started.
 */
export function loadOnce(
  links: LinkedLoads | undefined,
  source: SourceFile,
  host: CheckedHost,
  load: (host: CheckedHost) => LoadOutcome,
): LoadOutcome {
  if (!links) return load(host);
  const kept = links.entries.get(source.path);
  if (kept && kept.text === source.text) {
    for (const path of kept.reads) host.readFile(path);
    for (const path of kept.images) checkImageVia(host, path);
    return kept.outcome;
  }
  const reads = new Set<string>();
  const images = new Set<string>();
  const watching: CheckedHost = {
    readFile(path) {
      reads.add(path);
      return host.readFile(path);
    },
    ...(host.fileProblem ? { fileProblem: (path: string) => host.fileProblem?.(path) } : {}),
    checkImage(path) {
      images.add(path);
      return checkImageVia(host, path);
    },
  };
  const outcome = load(watching);
  if (!outcome.diagnostics.some((d) => d.code === 'compare-cycle' || d.code === 'map-cycle')) {
    links.entries.set(source.path, { text: source.text, outcome, reads: [...reads], images: [...images] });
  }
  return outcome;
}
