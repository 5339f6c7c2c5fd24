// --jobs: parsing the flag and choosing how many worker threads a run gets. Kept apart from
// build-parallel.ts so a sequential build never loads node:worker_threads.
import { availableParallelism } from 'node:os';
import { UsageError } from './usage-error.js';

/** Below this many journeys, starting workers (~100 ms each) costs more than it saves. */
export const PARALLEL_THRESHOLD = 8;
export const MAX_JOBS = 64;

/** --jobs as given: a whole number from 1 to MAX_JOBS, or undefined for the default. */
export function parseJobs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > MAX_JOBS) {
    throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}; got "${raw}"`);
  }
  return n;
}

/** How many workers to start: 1 means build on the main thread. */
export function jobCount(requested: number | undefined, journeys: number, cores = availableParallelism()): number {
  const wanted = requested ?? (journeys < PARALLEL_THRESHOLD ? 1 : cores);
  return Math.max(1, Math.min(wanted, journeys));
}
