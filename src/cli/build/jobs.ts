// --jobs: parsing the flag and choosing how many worker threads a run gets. Kept apart from
// build-parallel.ts so a sequential build never loads node:worker_threads.
import { availableParallelism } from 'node:os';
import { UsageError } from '../usage-error.js';

/** Below this many journeys, starting workers (~100 ms each) costs more than it saves. */
export const PARALLEL_THRESHOLD = 8;

/**
 * Rough sequential cost of one journey per format, in ms, measured on the examples: SVG and HTML
 * are cheap, PDF and PNG are not. Below PARALLEL_WORK_MS of estimated work, worker start-up and
 * the hand-over of artifacts cost more than they save (120 journeys to SVG: 0.95 s on the main
 * thread, 1.1 s on two workers; to SVG, PDF and HTML: 4.3 s against 3.7 s).
 */
const FORMAT_COST_MS: Readonly<Record<string, number>> = { svg: 8, html: 10, pdf: 60, png: 90 };
const OTHER_FORMAT_COST_MS = 20;
export const PARALLEL_WORK_MS = 1000;

const estimatedWorkMs = (journeys: number, formats: readonly string[]): number =>
  journeys * formats.reduce((sum, format) => sum + (FORMAT_COST_MS[format] ?? OTHER_FORMAT_COST_MS), 0);
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
export function jobCount(
  requested: number | undefined,
  work: { readonly journeys: number; readonly formats: readonly string[] },
  cores = availableParallelism(),
): number {
  const { journeys, formats } = work;
  const worthIt = journeys >= PARALLEL_THRESHOLD && estimatedWorkMs(journeys, formats) >= PARALLEL_WORK_MS;
  const wanted = requested ?? (worthIt ? cores : 1);
  return Math.max(1, Math.min(wanted, journeys));
}
