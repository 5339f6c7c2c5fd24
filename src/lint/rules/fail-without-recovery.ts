// Warns about a step that can fail (`fails:`) with no `recovery`: a service blueprint names the
// failure point so that someone plans how the service recovers. Points at the first failure point.
import type { LintRule } from '../lint-rule.js';
import { allTouchpoints, lintWarning, spanAt } from '../lint-rule.js';

export const failWithoutRecovery: LintRule = {
  code: 'fail-without-recovery',
  description: 'A touchpoint lists failure points but no recovery.',
  check(journey) {
    return allTouchpoints(journey)
      .filter((tp) => tp.fails.length > 0 && (tp.recovery === undefined || tp.recovery.trim() === ''))
      .map((tp) =>
        lintWarning(journey, 'fail-without-recovery', `touchpoint "${tp.id}" can fail but has no recovery`, {
          span: spanAt(tp, 'fails[0]'),
          hint: 'add `recovery: <how the service recovers>`',
        }),
      );
  },
};
