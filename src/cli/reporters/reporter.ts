// The Reporter contract: how a run's diagnostics and --check findings are printed.
// Implementations only format and write; they never decide exit codes.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export interface StaleOutput {
  /** Output path as the user would type it (relative to the working directory). */
  readonly path: string;
  readonly state: 'missing' | 'stale';
}

export interface ReportSummary {
  /** How many journey files the run looked at. */
  readonly files: number;
}

export interface Reporter {
  /** All diagnostics of the run, already sorted by file then position. */
  diagnostics(list: readonly Diagnostic[], summary: ReportSummary): void;
  staleOutputs(list: readonly StaleOutput[]): void;
}

export type ReporterName = 'pretty' | 'json' | 'github';
export const REPORTER_NAMES: readonly ReporterName[] = ['pretty', 'json', 'github'];
