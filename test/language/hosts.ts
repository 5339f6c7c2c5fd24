// Hosts for the language tests: in memory, or reading a folder (the fixture's project root).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../../src/source/source-file.js';

export function memoryHost(files: Readonly<Record<string, string>>): Host {
  return {
    readFile: (path) => (Object.hasOwn(files, path) ? new TextEncoder().encode(files[path]) : undefined),
  };
}

export function folderHost(root: string): Host {
  return {
    readFile(path) {
      const full = join(root, path);
      return existsSync(full) && statSync(full).isFile() ? new Uint8Array(readFileSync(full)) : undefined;
    },
  };
}
