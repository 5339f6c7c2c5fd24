// build --watch --site: after each rebuild, the site's pages (index and views) written again from
// every journey's summary: the rebuilt journeys' fresh ones, the others' remembered from earlier
// builds (a rebuild compiles only the journeys a change touched); dropped journeys leave the site.

import type { SiteJourney } from '../../site/site-journey.js';
import { localeWords } from '../../words/locale-words.js';
import type { BuildOutcome } from '../build/execute-build.js';
import type { BuildPlan } from '../build/plan-build.js';
import { sitePageKey } from '../build/plan-site.js';
import type { BuildFlags } from '../commands/flags.js';

export interface SiteKeeper {
  /** The outcome with the site's pages written (or the outcome as is without --site). */
  write(plan: BuildPlan, outcome: BuildOutcome): Promise<BuildOutcome>;
}

export function createSiteKeeper(flags: BuildFlags, cwd: string): SiteKeeper {
  // Each journey's latest summary, by its map page (unique per journey and Markdown fence).
  const known = new Map<string, SiteJourney>();
  return {
    async write(plan, outcome) {
      const site = plan.site;
      if (!site) return outcome;
      // The rebuilt journeys: their summaries now (none when they have errors now).
      for (const input of plan.inputs) {
        const page = site.pages.get(sitePageKey(input));
        if (page !== undefined) known.delete(page);
      }
      for (const summary of outcome.summaries) known.set(summary.page, summary);
      const pages = new Set(site.pages.values());
      for (const page of [...known.keys()]) if (!pages.has(page)) known.delete(page);
      const fresh = new Set(outcome.summaries.map((s) => s.page));
      const others = [...known.values()].filter((s) => !fresh.has(s.page));
      const { writeSite } = await import('../build/write-site.js');
      const { locale, labels } = plan.session.config;
      return writeSite(site, { epoch: plan.setup.epoch, cwd, others, words: localeWords(locale, labels) }, flags, outcome);
    },
  };
}
