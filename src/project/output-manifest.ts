// <out>/.journeymap-manifest.json: every output journeymap may have written, by journey
// (root-relative), as paths relative to the output folder. Keyed by journey and sorted, so every
// shard of a CI matrix (each lists all journeys of the run, from the plan) writes the same bytes
// and combined artifacts agree. Entries of journeys not in a run are kept until --clean finds
// their journey gone; a journey's list only grows (formats and --persona views built before stay
// listed), and --clean deletes only the listed files of journeys whose file no longer exists.
import { existsSync, lstatSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, normalize, resolve, sep } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export const MANIFEST_NAME = '.journeymap-manifest.json';
const MANIFEST_VERSION = 1;

export type ManifestJourneys = Readonly<Record<string, readonly string[]>>;

/** The journeys listed in a manifest file; empty when it is missing or not ours (never trusted beyond its shape). */
export function readManifest(outDir: string): Record<string, string[]> {
  try {
    const parsed = JSON.parse(readFileSync(resolve(outDir, MANIFEST_NAME), 'utf8')) as { version?: unknown; journeys?: unknown };
    if (parsed.version !== MANIFEST_VERSION || typeof parsed.journeys !== 'object' || parsed.journeys === null) return {};
    const journeys: Record<string, string[]> = {};
    for (const [journey, files] of Object.entries(parsed.journeys)) {
      if (Array.isArray(files)) journeys[journey] = files.filter((f): f is string => typeof f === 'string');
    }
    return journeys;
  } catch {
    return {};
  }
}

/** A listed path that stays inside the output folder: relative, no `..`, not the manifest itself. */
function insideOut(file: string): boolean {
  const normal = normalize(file);
  return (
    !isAbsolute(normal) &&
    normal !== '..' &&
    !normal.startsWith(`..${sep}`) &&
    !normal.startsWith('../') &&
    normal !== MANIFEST_NAME &&
    normal !== '.'
  );
}

export function renderManifest(journeys: ManifestJourneys): string {
  const sorted = Object.fromEntries(
    Object.keys(journeys)
      .sort()
      .map((journey) => [journey, [...new Set(journeys[journey])].sort()]),
  );
  return `${JSON.stringify({ version: MANIFEST_VERSION, journeys: sorted }, null, 2)}\n`;
}

export interface ManifestUpdate {
  readonly outDir: string;
  readonly root: string;
  /** This run's journeys and the outputs each may write (relative to outDir, `/`-separated). */
  readonly current: ManifestJourneys;
  readonly clean: boolean;
}

/** Merges this run into the manifest, deletes (with clean) gone journeys' files; returns the deleted paths (relative to outDir). */
export function updateManifest(update: ManifestUpdate): { deleted: string[] } {
  const { outDir, root, current } = update;
  const journeys: Record<string, string[]> = readManifest(outDir);
  for (const [journey, files] of Object.entries(current)) journeys[journey] = [...(journeys[journey] ?? []), ...files];
  const deleted: string[] = [];
  if (update.clean) {
    const kept = new Set(Object.entries(journeys).flatMap(([journey, files]) => (existsSync(resolve(root, journey)) ? files : [])));
    for (const journey of Object.keys(journeys)) {
      if (journey in current || existsSync(resolve(root, journey))) continue;
      for (const file of journeys[journey] ?? []) {
        // Only a regular file journeymap listed, inside the output folder, no current journey's output.
        if (!insideOut(file) || kept.has(file)) continue;
        const path = resolve(outDir, file);
        try {
          if (!lstatSync(path).isFile()) continue;
        } catch {
          continue;
        }
        rmSync(path);
        deleted.push(file);
      }
      delete journeys[journey];
    }
  }
  const text = renderManifest(journeys);
  const path = resolve(outDir, MANIFEST_NAME);
  let old: string | undefined;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== text) writeFileAtomic(path, new TextEncoder().encode(text));
  return { deleted: deleted.sort() };
}
