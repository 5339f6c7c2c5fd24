// Watches a folder tree for changes with fs.watch: one recursive watcher where the platform has
// them (Node 20 on Linux, macOS, Windows), else one watcher per folder found at start.
import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/** Folders never worth watching: dependencies, dot-folders (.git, editors' caches). */
const skippedFolder = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

function folders(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return [dir, ...entries.filter((e) => e.isDirectory() && !skippedFolder(e.name)).flatMap((e) => folders(join(dir, e.name)))];
}

/** Calls onChange with the absolute path that changed (the folder itself when unknown). */
export function watchTree(root: string, onChange: (path: string) => void): TreeWatcher {
  const watchers: FSWatcher[] = [];
  const listen = (dir: string, recursive: boolean): void => {
    const watcher = watch(dir, { recursive }, (_event, name) => onChange(name ? join(dir, name.toString()) : dir));
    // A folder deleted under a per-folder watcher errors; the others keep working.
    watcher.on('error', () => watcher.close());
    watchers.push(watcher);
  };
  try {
    listen(root, true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
    for (const dir of folders(root)) listen(dir, false);
  }
  return { close: () => watchers.forEach((w) => w.close()) };
}
