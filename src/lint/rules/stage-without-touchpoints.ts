// Warns about a stage with no touchpoints: allowed while drafting (`stages: [Awareness]`), but the
// map shows an empty column.
import type { LintRule } from '../lint-rule.js';
import { lintWarning } from '../lint-rule.js';

export const stageWithoutTouchpoints: LintRule = {
  code: 'stage-without-touchpoints',
  description: 'A stage has no touchpoints.',
  check(journey) {
    return journey.stages
      .filter((stage) => stage.touchpoints.length === 0)
      .map((stage) =>
        lintWarning(journey, 'stage-without-touchpoints', `stage "${stage.id}" has no touchpoints`, {
          span: stage.span,
          hint: 'add `touchpoints:` to the stage, or remove it',
        }),
      );
  },
};
