// Warns when the map draws an emotions lane but a touchpoint leaves one of its personas out:
// the curve then silently skips that point. Silent when the journey has no emotions lane. Points
// at the `emotion` value that leaves a persona out, or at the name when there is no emotion.
import type { LintRule } from '../lint-rule.js';
import { allTouchpoints, lintWarning, spanAt } from '../lint-rule.js';

export const touchpointWithoutEmotion: LintRule = {
  code: 'touchpoint-without-emotion',
  description: 'The emotions lane is shown, but a touchpoint has no emotion for one of its personas.',
  check(journey) {
    if (!journey.lanes.some((lane) => lane.kind === 'builtin' && lane.id === 'emotions')) return [];
    return allTouchpoints(journey).flatMap((tp) => {
      const missing = tp.personas.filter((id) => tp.emotion[id] === undefined);
      if (missing.length === 0) return [];
      const who = missing.map((id) => `"${id}"`).join(', ');
      return [
        lintWarning(journey, 'touchpoint-without-emotion', `touchpoint "${tp.id}" has no emotion for persona ${who}`, {
          span: spanAt(tp, tp.fieldSpans?.emotion ? 'emotion' : 'name'),
          hint:
            missing.length === tp.personas.length
              ? 'add `emotion: <-2..2>`'
              : `add ${missing.map((id) => `${id}: <-2..2>`).join(', ')} under \`emotion:\``,
        }),
      ];
    });
  },
};
