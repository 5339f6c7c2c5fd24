// The built-in lint rules, in the order their warnings are reported. Adding a rule: one file in
// this folder, one line here, a code in diagnostics/codes.ts, a docs page and a fixture.
import type { LintRule } from '../lint-rule.js';
import { assumptionHeavy } from './assumption-heavy.js';
import { criticalWithoutOwner } from './critical-without-owner.js';
import { failWithoutRecovery } from './fail-without-recovery.js';
import { handoffAtMomentOfTruth } from './handoff-at-moment-of-truth.js';
import { invisibleCharacters } from './invisible-characters.js';
import { kpiWithoutTarget } from './kpi-without-target.js';
import { longText } from './long-text.js';
import { painWithoutOpportunity } from './pain-without-opportunity.js';
import { personaNeverUsed } from './persona-never-used.js';
import { stageWithoutTouchpoints } from './stage-without-touchpoints.js';
import { touchpointWithoutEmotion } from './touchpoint-without-emotion.js';

export const LINT_RULES: readonly LintRule[] = [
  assumptionHeavy,
  personaNeverUsed,
  stageWithoutTouchpoints,
  painWithoutOpportunity,
  touchpointWithoutEmotion,
  criticalWithoutOwner,
  failWithoutRecovery,
  handoffAtMomentOfTruth,
  kpiWithoutTarget,
  longText,
  invisibleCharacters,
];
