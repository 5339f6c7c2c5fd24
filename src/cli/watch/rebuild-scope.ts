// What a burst of file changes makes --watch rebuild: a changed journey and every journey that
// read a changed file (the inputs each compiled journey recorded: imports, compared and linked
// journeys, data files, images), or everything when a file no journey read changed (config,
// theme, plugin). New or deleted journeys and folders make the inputs be resolved again. Pure.
import { JOURNEY_FILE } from '../../project/find-journeys.js';
import type { TreeEvent } from './watch-tree.js';

/** A change as the scope sees it: the kind and the root-relative, `/`-separated path. */
export interface ScopedChange {
  readonly kind: TreeEvent['kind'];
  readonly path: string;
}

export interface RebuildScope {
  /** Resolve the inputs again (journeys or folders appeared or went). */
  readonly replan: boolean;
  /** Rebuild every journey (a file no journey read changed: config, theme, plugin). */
  readonly all: boolean;
  /** Journeys to rebuild (root-relative), when not all. */
  readonly journeys: ReadonlySet<string>;
}

/**
 * `reads`: every current journey (root-relative) → the files it read, itself included; a journey
 * that never compiled far enough to read anything still lists itself.
 */
export function rebuildScope(changes: readonly ScopedChange[], reads: ReadonlyMap<string, readonly string[]>): RebuildScope {
  const journeys = new Set<string>();
  let replan = false;
  let all = false;
  for (const change of changes) {
    const isJourney = reads.has(change.path);
    if (change.kind === 'addDir' || change.kind === 'unlinkDir') {
      replan = true;
      continue;
    }
    if (isJourney && change.kind === 'unlink') {
      replan = true;
      continue;
    }
    const readers = [...reads].filter(([, files]) => files.includes(change.path)).map(([journey]) => journey);
    for (const journey of readers) journeys.add(journey);
    if (readers.length > 0) continue;
    // Not read by any journey: a new journey file (built once the inputs are resolved again), or
    // a file that is read before any journey (config, theme, plugins) or not at all.
    if (JOURNEY_FILE.test(change.path)) replan = true;
    else all = true;
  }
  return { replan: replan || all, all, journeys };
}
