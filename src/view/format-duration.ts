// Durations as people read them: at most two units, largest first ('1 h 30 min', '2 d 4 h',
// '45 s'), unit words from the catalogue. One style for a step's wait, a stage's elapsed time and
// the journey's total, so numbers on the map compare at a glance whatever shorthand the author typed.
import { say, type Words } from '../words/say.js';
import { formatsFor } from './formats.js';

const UNITS = [
  { id: 'duration.d', seconds: 86_400 },
  { id: 'duration.h', seconds: 3_600 },
  { id: 'duration.min', seconds: 60 },
  { id: 'duration.s', seconds: 1 },
] as const;

// Through the view's one number formatter (view/formats.ts): no Intl start-up for English maps.
// The counts here are whole, or one decimal below a second, so its decimals rule changes nothing.
const number = (words: Words, n: number): string => formatsFor(words).number(n);

/** '1 h 30 min' for 5400; the second unit is rounded, so 1 d 23 h 59 min reads '2 d'. */
export function formatDuration(seconds: number, words: Words): string {
  if (!(seconds > 0)) return say(words, 'duration.min', { n: number(words, 0) });
  // Below a second there is no smaller unit to round to: one decimal.
  if (seconds < 1) return say(words, 'duration.s', { n: number(words, Math.round(seconds * 10) / 10) });
  const bigIndex = UNITS.findIndex((u) => seconds >= u.seconds);
  const small = UNITS[bigIndex + 1];
  const rounded = small ? Math.round(seconds / small.seconds) * small.seconds : Math.round(seconds);
  // Rounding may carry into the larger unit (59 min 40 s → 1 h): pick the largest unit again.
  const i = UNITS.findIndex((u) => rounded >= u.seconds);
  const big = UNITS[i]!;
  const next = UNITS[i + 1];
  const whole = Math.floor(rounded / big.seconds);
  const rest = next ? Math.round((rounded - whole * big.seconds) / next.seconds) : 0;
  const first = say(words, big.id, { n: number(words, whole) });
  return next && rest > 0 ? `${first} ${say(words, next.id, { n: number(words, rest) })}` : first;
}
