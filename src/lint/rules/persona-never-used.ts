// Warns about a persona of this file that no touchpoint applies to. Personas from imported
// libraries are left alone: a shared library serves many journeys, each using a few of them.
import type { LintRule } from '../lint-rule.js';
import { allTouchpoints, lintWarning, spanAt } from '../lint-rule.js';

export const personaNeverUsed: LintRule = {
  code: 'persona-never-used',
  description: 'A persona that no touchpoint applies to.',
  check(journey) {
    const touchpoints = allTouchpoints(journey);
    // With no touchpoints at all, stage-without-touchpoints already says what is missing.
    if (touchpoints.length === 0) return [];
    const used = new Set(touchpoints.flatMap((tp) => tp.personas));
    return journey.personas
      .filter((p) => !p.implicit && !used.has(p.id) && (p.span === undefined || p.span.file === journey.file))
      .map((p) =>
        lintWarning(journey, 'persona-never-used', `persona "${p.id}" is not in any touchpoint's \`personas\``, {
          // The id is what `personas:` lists; an id derived from the name points at the name.
          span: spanAt(p, p.fieldSpans?.id ? 'id' : 'name'),
          hint: `add ${p.id} to a touchpoint's \`personas:\`, or remove the persona`,
        }),
      );
  },
};
