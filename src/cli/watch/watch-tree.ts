// Watches a project tree for changes with chokidar, imported here lazily so only --watch loads it.
// Not Node 20's recursive fs.watch: on Linux it stops reporting a file after the first editor
// save that writes a temporary file and renames it over the original.
import { type Stats, statSync } from 'node:fs';

export type TreeEventKind = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir';

export interface TreeEvent {
  readonly kind: TreeEventKind;
  /** Absolute path. */
  readonly path: string;
}

export interface TreeWatcher {
  close(): Promise<void>;
}

export interface WatchTreeOptions {
  /** Paths not to watch (a folder's whole subtree); `isFile` is undefined when not known yet. */
  readonly ignored: (path: string, isFile: boolean | undefined) => boolean;
  readonly onEvent: (event: TreeEvent) => void;
  readonly onError?: (error: Error) => void;
}

/**
 * chokidar drops a second 'change' of a path within 50 ms of the first (its throttle), so a
 * quick second save (save-all, format-on-save) would leave a stale map. Every add or change is
 * looked at once more after that window and reported again if the file changed meanwhile.
 */
const RECHECK_MS = 60;

/** What tells two versions of a file apart without reading it. */
function signature(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

/** Resolves once the initial scan is done, so no change after it is missed. */
export async function watchTree(root: string, options: WatchTreeOptions): Promise<TreeWatcher> {
  const { watch } = await import('chokidar');
  const watcher = watch(root, {
    ignoreInitial: true,
    // An editor's unlink + re-add within 40 ms is one change; chokidar's default waits 100 ms
    // before reporting a deletion, which a --watch rebuild would add to every delete.
    atomic: 40,
    ignored: (path: string, stats?: Stats) => path !== root && options.ignored(path, stats ? stats.isFile() : undefined),
  });
  const rechecks = new Map<string, NodeJS.Timeout>();
  const report = (kind: TreeEventKind, path: string): void => {
    if (kind === 'add' || kind === 'change') {
      const seen = signature(path);
      clearTimeout(rechecks.get(path));
      rechecks.set(
        path,
        setTimeout(() => {
          rechecks.delete(path);
          if (signature(path) !== seen && !watcher.closed) report('change', path);
        }, RECHECK_MS),
      );
    }
    options.onEvent({ kind, path });
  };
  const kinds: readonly string[] = ['add', 'change', 'unlink', 'addDir', 'unlinkDir'];
  watcher.on('all', (event: string, path: string) => {
    if (kinds.includes(event)) report(event as TreeEventKind, path);
  });
  watcher.on('error', (error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error))));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    close: () => {
      for (const timer of rechecks.values()) clearTimeout(timer);
      rechecks.clear();
      return watcher.close();
    },
  };
}
