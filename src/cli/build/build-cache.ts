// The build cache: one JSON entry per journey in one folder (default node_modules/.cache/journeymap),
// keyed by a hash of everything the run shares (theme, config, formats, options, plugins, version)
// and the journey's path. An entry holds the content hash of every file the journey read
// (JourneyBuild.inputs, the one list of inputs) and of every output written; a journey whose reads
// and outputs still hash the same is skipped. An output whose size and mtime are still those seen
// right after writing it is taken as unchanged without reading it (as git's index does: PDFs make
// most of a run's bytes); any other output is hashed. A read whose stamp (read-stamp.ts: size,
// mtime, ctime, inode, recorded once settled) is unchanged is not hashed again. Loads nothing of the
// compile pipeline; a missing or corrupt entry is a miss; entries are written atomically.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { contentHash, hashOfFile } from '../../project/content-hash.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import type { JourneySummary } from '../../site/site-journey.js';
import { currentStamp, hashAndStamp } from './read-stamp.js';

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/journeymap';
const ENTRY_VERSION = 3;

export interface BuildCache {
  readonly dir: string;
  readonly root: string;
  /** Hash of what every journey of the run shares. */
  readonly runKey: string;
  /**
   * When the run opened the cache (ms since the epoch), before it read any journey: a file whose
   * ctime is later changed while the run built, so its outputs may be of the earlier content.
   */
  readonly openedAt: number;
}

/** What a cached journey gives back instead of being built. */
export interface CacheEntry {
  readonly v: number;
  readonly journey: string;
  /** [root-relative path, content hash, stamp or ''] of every file the journey read, itself included. */
  readonly reads: readonly (readonly [string, string, string])[];
  /** [root-relative path, content hash, size, mtime in ms after writing] of every output written. */
  readonly outputs: readonly (readonly [string, string, number, number])[];
  readonly diagnostics: readonly Diagnostic[];
  readonly summary?: JourneySummary;
}

const slash = (path: string): string => path.split(sep).join('/');

const mtimeOf = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/** An output as written: the same size and mtime (no read), else the same content hash. */
function sameOutput(root: string, [path, hash, size, mtimeMs]: CacheEntry['outputs'][number]): boolean {
  const absolute = resolve(root, path);
  try {
    const stat = statSync(absolute);
    if (!stat.isFile() || stat.size !== size) return false;
    if (stat.mtimeMs === mtimeMs) return true;
  } catch {
    return false;
  }
  return hashOfFile(absolute) === hash;
}

/** The run's shared key: a hash of the JSON of its parts (callers pass only content, never absolute paths). */
export const runKeyOf = (parts: Readonly<Record<string, unknown>>): string => contentHash(JSON.stringify(parts));

/** A journey's entry file: the run key with its path and its own render options. */
function entryPath(cache: BuildCache, input: InputFile, outDir: string): string {
  // A Markdown file's fences share its path: the fence number tells their entries apart.
  const key = contentHash(
    JSON.stringify([
      cache.runKey,
      input.display,
      input.markdown?.fence ?? 0,
      slash(relative(cache.root, outDir)),
      input.renderOptions ?? {},
    ]),
  );
  return join(cache.dir, `${key}.json`);
}

function isEntry(value: unknown, display: string): value is CacheEntry {
  const entry = value as CacheEntry | null;
  const tuples = (list: unknown, types: readonly string[]): boolean =>
    Array.isArray(list) &&
    list.every((p) => Array.isArray(p) && p.length === types.length && types.every((type, i) => typeof p[i] === type));
  return (
    typeof entry === 'object' &&
    entry !== null &&
    entry.v === ENTRY_VERSION &&
    entry.journey === display &&
    tuples(entry.reads, ['string', 'string', 'string']) &&
    tuples(entry.outputs, ['string', 'string', 'number', 'number']) &&
    entry.outputs.length > 0 &&
    Array.isArray(entry.diagnostics)
  );
}

/** The journey's entry when its reads and its outputs are unchanged; undefined on any difference or damage. */
export function lookupCache(cache: BuildCache, input: InputFile, outDir: string): CacheEntry | undefined {
  if (input.absolute === undefined || input.refused) return undefined;
  let entry: unknown;
  try {
    entry = JSON.parse(readFileSync(entryPath(cache, input, outDir), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isEntry(entry, input.display)) return undefined;
  const root = cache.root;
  // An unchanged stamp vouches for the content (read-stamp.ts); anything else is hashed.
  const sameRead = ([path, hash, stamp]: CacheEntry['reads'][number]): boolean => {
    const absolute = resolve(root, path);
    return (stamp !== '' && currentStamp(absolute) === stamp) || hashOfFile(absolute) === hash;
  };
  return entry.reads.every(sameRead) && entry.outputs.every((output) => sameOutput(root, output)) ? entry : undefined;
}

/** Records a journey just written; a cache that cannot be written is only a slower next run. */
/** What a built journey leaves in the cache. */
export interface BuiltJourney {
  readonly reads: readonly string[];
  /** Each output written (it exists: its mtime is read), with the content hash and size of its bytes. */
  readonly outputs: readonly { path: string; hash: string; size: number }[];
  readonly diagnostics: readonly Diagnostic[];
  readonly summary?: JourneySummary;
}

export function recordCache(cache: BuildCache, input: InputFile, outDir: string, built: BuiltJourney): void {
  if (input.absolute === undefined) return;
  const reads: [string, string, string][] = [];
  for (const path of new Set([input.display, ...built.reads])) {
    const read = hashAndStamp(resolve(cache.root, path), hashOfFile, Date.now);
    // Changed since the run began (read before the change, hashed after it, the entry would vouch for
    // outputs of the old content): record nothing, so the next run builds the journey again.
    if (read === undefined || read.ctimeMs > cache.openedAt) return;
    reads.push([path, read.hash, read.stamp]);
  }
  const entry: CacheEntry = {
    v: ENTRY_VERSION,
    journey: input.display,
    reads,
    outputs: built.outputs.map(({ path, hash, size }) => [slash(relative(cache.root, path)), hash, size, mtimeOf(path)] as const),
    diagnostics: built.diagnostics,
    ...(built.summary ? { summary: built.summary } : {}),
  };
  const target = entryPath(cache, input, outDir);
  const temp = `${target}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, target);
  } catch {
    rmSync(temp, { force: true });
  }
}
