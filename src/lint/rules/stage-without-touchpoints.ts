// Warns about a stage with no touchpoints: allowed while drafting (`stages: [Awareness]`), but the
// map shows an empty column. Points at the stage's name.
import type { LintRule } from '../lint-rule.js';
import { lintWarning, spanAt } from '../lint-rule.js';

export const stageWithoutTouchpoints: LintRule = {
  code: 'stage-without-touchpoints',
  description: 'A stage has no touchpoints.',
  check(journey) {
    return journey.stages
      .filter((stage) => stage.touchpoints.length === 0)
      .map((stage) =>
        lintWarning(journey, 'stage-without-touchpoints', `stage "${stage.id}" has no touchpoints`, {
          span: spanAt(stage, 'name'),
          hint: 'add `touchpoints:` to the stage, or remove it',
        }),
      );
  },
};
