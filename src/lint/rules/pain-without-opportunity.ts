// Warns about a stage that lists pain points but no opportunity anywhere in it: a map that
// names problems without a single idea is half done. Judged per stage, not per touchpoint, so it
// points at the stage's name (the pains themselves may be spread over several touchpoints).
import type { LintRule } from '../lint-rule.js';
import { lintWarning, spanAt } from '../lint-rule.js';

export const painWithoutOpportunity: LintRule = {
  code: 'pain-without-opportunity',
  description: 'A stage lists pain points but no opportunities.',
  check(journey) {
    return journey.stages.flatMap((stage) => {
      const pains = stage.touchpoints.reduce((n, tp) => n + tp.pains.length, 0);
      const opportunities = stage.touchpoints.some((tp) => tp.opportunities.length > 0);
      if (pains === 0 || opportunities) return [];
      return [
        lintWarning(
          journey,
          'pain-without-opportunity',
          `stage "${stage.id}" has ${pains} pain point${pains === 1 ? '' : 's'} but no opportunities`,
          { span: spanAt(stage, 'name'), hint: 'add `opportunities:` to the touchpoints where the pains are' },
        ),
      ];
    });
  },
};
