// A persona's emotion curve as a text sparkline for `show`: one block per touchpoint, from ▁ (−2)
// to ▇ (+2), · where the persona has no emotion there, │ between stages. Pure.
import type { Journey } from '../../model/journey.js';

export const SPARK_LEVELS = '▁▂▃▄▅▆▇';
export const NO_VALUE = '·';
export const STAGE_BREAK = '│';

/** The block for an emotion in [-2, 2]: −2 ▁, −1 ▃, 0 ▄, +1 ▆, +2 ▇. */
export function sparkChar(emotion: number): string {
  const clamped = Math.min(2, Math.max(-2, emotion));
  return SPARK_LEVELS[Math.round(((clamped + 2) / 4) * (SPARK_LEVELS.length - 1))] ?? NO_VALUE;
}

/** The persona's curve over the whole journey, stage by stage. */
export function emotionSparkline(journey: Journey, personaId: string): string {
  return journey.stages
    .map((stage) =>
      stage.touchpoints
        .map((tp) => {
          const value = tp.emotion[personaId];
          return value === undefined ? NO_VALUE : sparkChar(value);
        })
        .join(''),
    )
    .join(STAGE_BREAK);
}

/** The persona's average emotion (touchpoints with a value), or undefined with none. */
export function averageEmotion(journey: Journey, personaId: string): number | undefined {
  const values = journey.stages.flatMap((s) =>
    s.touchpoints.flatMap((tp) => (tp.emotion[personaId] === undefined ? [] : [tp.emotion[personaId] ?? 0])),
  );
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}
