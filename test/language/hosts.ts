// Hosts for the language tests: in memory, or reading a folder (the fixture's project root).
import type { CheckedHost } from '../../src/model/checked-host.js';
import { createFsHost } from '../../src/project/fs-host.js';
import type { Host } from '../../src/source/source-file.js';

export function memoryHost(files: Readonly<Record<string, string>>): Host {
  return {
    readFile: (path) => (Object.hasOwn(files, path) ? new TextEncoder().encode(files[path]) : undefined),
  };
}

/** The CLI's own fs Host rooted at `root`: confinement and image checks included. */
export function folderHost(root: string): CheckedHost {
  return createFsHost(root);
}
