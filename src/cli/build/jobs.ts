// --jobs: parsing the flag and choosing how many threads a run builds on (the main thread and
// workers). Kept apart from build-parallel.ts so a sequential build never loads node:worker_threads.
import { availableParallelism } from 'node:os';
import { UsageError } from '../usage-error.js';

/** Below this many journeys, starting a worker costs more than it saves. */
export const PARALLEL_THRESHOLD = 8;

/**
 * Rough sequential cost of one journey per format, in ms, measured on the examples: SVG and HTML
 * are cheap, PDF and PNG are not. Below PARALLEL_WORK_MS of estimated work, worker start-up and
 * the hand-over of artifacts cost about what they save (to SVG, on 2 cores: 60 journeys 0.59 s on
 * the main thread alone or with a worker, 200 journeys 1.27 s against 1.15 s).
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

/** How many threads build (the main thread and count - 1 workers): 1 means the main thread alone. */
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
