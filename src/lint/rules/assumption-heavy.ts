// One journey-wide warning when more than half of the touchpoints rest on assumptions (the default
// evidence). Skipped for tiny drafts, where the ratio says little.
import type { LintRule } from '../lint-rule.js';
import { allTouchpoints, lintWarning } from '../lint-rule.js';

/** Below this many touchpoints the map is a sketch and the rule stays quiet. */
export const ASSUMPTION_HEAVY_MIN_TOUCHPOINTS = 3;

export const assumptionHeavy: LintRule = {
  code: 'assumption-heavy',
  description: 'More than half of the touchpoints rest on assumptions rather than research or data.',
  check(journey) {
    const touchpoints = allTouchpoints(journey);
    if (touchpoints.length < ASSUMPTION_HEAVY_MIN_TOUCHPOINTS) return [];
    const assumed = touchpoints.filter((tp) => tp.evidence === 'assumption').length;
    if (assumed * 2 <= touchpoints.length) return [];
    return [
      lintWarning(journey, 'assumption-heavy', `${assumed} of ${touchpoints.length} touchpoints rest on assumptions`, {
        span: journey.titleSpan,
        hint: 'set `evidence: research` or `evidence: data` where the touchpoint is backed',
      }),
    ];
  },
};
