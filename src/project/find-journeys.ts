// Walks a directory for journey files (*.journey.yaml|yml), skipping node_modules and
// dot-folders; any other .yaml is left alone (repos also hold CI configs). Reads only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const JOURNEY_FILE = /\.journey\.ya?ml$/;

export function findJourneyFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    const entries = readdirSync(current, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Symlinked folders are not followed (Dirent.isDirectory is false for them): no loops.
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        walk(join(current, entry.name));
      } else if (entry.isFile() && JOURNEY_FILE.test(entry.name)) {
        found.push(join(current, entry.name));
      }
    }
  };
  walk(dir);
  return found;
}

/** The output name of a journey file: its name without `.journey.yaml` (or its extension). */
export function journeyName(fileName: string): string {
  if (JOURNEY_FILE.test(fileName)) return fileName.replace(JOURNEY_FILE, '');
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
