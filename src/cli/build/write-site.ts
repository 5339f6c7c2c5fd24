// build --site, after the journeys: writes the site's pages (or compares them, with --check) as one
// more set of outputs of the run, from the journeys' summaries; adds what it did to the outcome.
import { join } from 'node:path';
import { buildSite } from '../../site/build-site.js';
import type { SiteJourney } from '../../site/site-journey.js';
import { type Words, wordsFor } from '../../words/say.js';
import type { BuildFlags } from '../commands/flags.js';
import { emitOutputs, type PlannedOutput, startOutputRun } from './emit-outputs.js';
import type { BuildOutcome } from './execute-build.js';
import type { SitePlan } from './plan-site.js';

export interface SiteRun {
  readonly epoch: number;
  readonly cwd: string;
  /** Journeys on the site this run did not build (other --shard parts: shard-site.ts; earlier --watch builds: watch-site.ts). */
  readonly others?: readonly SiteJourney[];
  /** The pages' words: the config's locale and labels (localeWords). Default: English. */
  readonly words?: Words;
}

export function writeSite(site: SitePlan, run: SiteRun, flags: BuildFlags, outcome: BuildOutcome): BuildOutcome {
  // In the order of the site's pages (every journey of the run, in input order).
  const order = new Map([...site.pages.keys()].map((file, i) => [file, i]));
  const journeys = [...outcome.summaries, ...(run.others ?? [])].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  const files = buildSite(journeys, { words: run.words ?? wordsFor(), staleAfterDays: site.staleAfterDays, epoch: run.epoch });
  const encoder = new TextEncoder();
  const planned: PlannedOutput[] = files.map((file) => ({
    path: join(outcome.outDir, file.path),
    artifact: { format: 'html', extension: 'html', bytes: encoder.encode(file.text) },
  }));
  const result = emitOutputs(planned, flags.check, run.cwd, startOutputRun(Date.now()));
  const emitted = {
    written: [...outcome.emitted.written, ...result.written],
    stale: [...outcome.emitted.stale, ...result.stale],
    failures: [...outcome.emitted.failures, ...result.failures],
  };
  return { ...outcome, emitted, outputCount: outcome.outputCount + planned.length };
}
