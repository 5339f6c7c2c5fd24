// Finds the project root: the nearest folder up with journeymap.config.yaml, else with .git,
// else the starting folder. Reads only directory entries; never writes.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE_NAME = 'journeymap.config.yaml';

export interface ProjectRoot {
  /** Absolute path of the root folder. */
  readonly root: string;
  /** Absolute path of the config file, when one was found. */
  readonly configPath?: string;
}

function findUp(start: string, entry: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, entry))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function findProjectRoot(cwd: string): ProjectRoot {
  const configDir = findUp(cwd, CONFIG_FILE_NAME);
  if (configDir) return { root: configDir, configPath: join(configDir, CONFIG_FILE_NAME) };
  return { root: findUp(cwd, '.git') ?? resolve(cwd) };
}
