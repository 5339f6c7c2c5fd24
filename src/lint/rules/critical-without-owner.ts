// Warns about a moment of truth (`critical: true`) with no `owner`: the touchpoints that matter
// most are the ones someone must be accountable for. Points at the `critical: true` value.
import type { LintRule } from '../lint-rule.js';
import { allTouchpoints, lintWarning, spanAt } from '../lint-rule.js';

export const criticalWithoutOwner: LintRule = {
  code: 'critical-without-owner',
  description: 'A moment of truth (critical touchpoint) has no owner.',
  check(journey) {
    return allTouchpoints(journey)
      .filter((tp) => tp.critical && (tp.owner === undefined || tp.owner.trim() === ''))
      .map((tp) =>
        lintWarning(journey, 'critical-without-owner', `moment of truth "${tp.id}" has no owner`, {
          span: spanAt(tp, 'critical'),
          hint: 'add `owner: <team or person>`',
        }),
      );
  },
};
