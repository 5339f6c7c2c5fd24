// Durations as the language writes them (`90s`, `45m`, `1h30m`, `2d`, `1.5w`) → seconds, with a
// hint for what people write instead (`2 days`, `-3h`, `5`). Pure; formatting lives with the words.
import { DURATION_PATTERN } from '../schema/primitives.js';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
const UNIT_WORDS: Readonly<Record<string, string>> = {
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  day: 'd',
  days: 'd',
  week: 'w',
  weeks: 'w',
};

export type ParsedDuration = { readonly seconds: number } | { readonly problem: string; readonly hint: string };

/** What the author probably meant, as the language writes it: "2 days" → "2d". */
function suggestion(text: string): string | undefined {
  const parts = [...text.toLowerCase().matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/g)];
  if (parts.length === 0) return undefined;
  const units = parts.map(([, n, word]) => {
    const unit = word && (UNIT_SECONDS[word] !== undefined ? word : UNIT_WORDS[word]);
    return unit ? `${n}${unit}` : undefined;
  });
  return units.every((u) => u !== undefined) ? units.join('') : undefined;
}

export function parseDuration(written: string | number): ParsedDuration {
  if (typeof written === 'number') {
    return { problem: `${written} has no unit`, hint: `add a unit: ${written}m (minutes), ${written}h, ${written}d or ${written}w` };
  }
  const text = written.trim();
  if (text.startsWith('-')) return { problem: `"${written}" is negative`, hint: 'a wait or duration is a length of time, e.g. 3h' };
  if (!DURATION_PATTERN.test(text)) {
    const better = suggestion(text);
    if (/^\d+(?:\.\d+)?$/.test(text)) return { problem: `"${written}" has no unit`, hint: `add a unit: ${text}m, ${text}h or ${text}d` };
    return {
      problem: `"${written}" is not a duration`,
      hint: better ? `write ${better}` : 'write a number with a unit, or several: 90s, 45m, 3h, 1h30m, 2d, 1w2d',
    };
  }
  let seconds = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) seconds += Number(n) * (UNIT_SECONDS[unit ?? 's'] ?? 1);
  return { seconds };
}
