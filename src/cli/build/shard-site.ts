// build --site --shard k/n: only part 1 writes the site's pages, and they show every journey of the
// run, as one full build's would. Part 1 compiles only its own part; the other parts' journeys are
// read and checked here (parse, validate, references; no layout, no rendering) for their summaries.
// A journey with errors, or without the --persona persona, is left off, as a full build leaves it.
import type { SiteJourney } from '../../site/site-journey.js';
import { summarizeJourney } from '../../site/site-journey.js';
import type { BuildOutcome } from './execute-build.js';
import type { BuildPlan } from './plan-build.js';
import { loadChecked, sitePageKey } from './plan-site.js';

/** The outcome with every other part's journeys added to its site summaries, in input order. */
export async function withOtherParts(plan: BuildPlan, outcome: BuildOutcome, persona: string | undefined): Promise<BuildOutcome> {
  const own = new Set(plan.inputs.map((input) => input.display));
  const summaries: SiteJourney[] = [...outcome.summaries];
  for (const input of plan.allInputs) {
    const page = plan.site?.pages.get(sitePageKey(input));
    if (own.has(input.display) || page === undefined || input.absolute === undefined || input.refused) continue;
    const journey = await loadChecked(plan.session, input);
    if (!journey) continue;
    if (persona !== undefined && !journey.personas.some((p) => p.id === persona)) continue;
    summaries.push({ ...summarizeJourney(journey), page });
  }
  const order = new Map(plan.allInputs.map((input, index) => [input.display, index]));
  summaries.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { ...outcome, summaries };
}
