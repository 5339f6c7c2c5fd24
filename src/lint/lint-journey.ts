// Runs the journey-quality rules over a loaded Journey and returns their warnings. Pure; a journey
// with errors never gets here (lint runs after loadJourney succeeded).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';
import type { LintRule } from './lint-rule.js';
import { LINT_RULES } from './rules/index.js';

export type { LintRule } from './lint-rule.js';
export { LINT_RULES } from './rules/index.js';

/** Every warning of every rule, in rule order (the reporters sort by position anyway). */
export function lintJourney(journey: Journey, rules: readonly LintRule[] = LINT_RULES): Diagnostic[] {
  return rules.flatMap((rule) => rule.check(journey));
}
