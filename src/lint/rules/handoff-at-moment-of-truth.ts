// Warns about a handoff into a moment of truth: work changes hands (the owner changes) exactly
// where the customer's experience matters most. Points at the receiving touchpoint's owner.
import type { LintRule } from '../lint-rule.js';
import { allTouchpoints, lintWarning, spanAt } from '../lint-rule.js';

export const handoffAtMomentOfTruth: LintRule = {
  code: 'handoff-at-moment-of-truth',
  description: 'The owner changes into a moment of truth (a handoff at a critical touchpoint).',
  check(journey) {
    const byId = new Map(allTouchpoints(journey).map((tp) => [tp.id, tp]));
    return journey.handoffs.flatMap((handoff) => {
      const to = byId.get(handoff.to);
      if (!to?.critical) return [];
      return [
        lintWarning(
          journey,
          'handoff-at-moment-of-truth',
          `moment of truth "${to.id}" is a handoff from ${handoff.fromOwner} to ${handoff.toOwner}`,
          { span: spanAt(to, 'owner'), hint: 'let one owner carry the step into the moment of truth, or agree the handoff explicitly' },
        ),
      ];
    });
  },
};
