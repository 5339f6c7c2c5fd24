// The catalogue's date words (`date.day.<m>`, `date.month.<m>`: a data date with its month named)
// made from twelve month names and the locale's order, for the built-in catalogues; and the same
// words made by Intl.DateTimeFormat for a locale without a catalogue (only such maps pay for Intl).
import type { WordId } from './en.js';

type DateWordId = Extract<WordId, `date.${string}`>;
export type DateWords = { readonly [K in DateWordId]: string };

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** From month names: `day` and `month` place `{month}` with `{day}` and `{year}` ('{day}. {month} {year}'). */
export function dateWords(names: readonly string[], day: string, month: string): DateWords {
  const out: Record<string, string> = {};
  for (const m of MONTHS) {
    const name = names[m - 1] ?? String(m);
    out[`date.day.${m}`] = day.replace('{month}', name);
    out[`date.month.${m}`] = month.replace('{month}', name);
  }
  return out as DateWords;
}

/** A template of one month's date as Intl writes it for `locale`, day and year as slots. */
function intlTemplate(locale: string, m: number, withDay: boolean): string {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    ...(withDay ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return format
    .formatToParts(new Date(Date.UTC(2026, m - 1, 15)))
    .map((part) => (part.type === 'day' ? '{day}' : part.type === 'year' ? '{year}' : part.value))
    .join('');
}

/** The date words of any locale Intl knows, for a locale without a built-in catalogue. */
export function intlDateWords(locale: string): DateWords {
  const out: Record<string, string> = {};
  for (const m of MONTHS) {
    out[`date.day.${m}`] = intlTemplate(locale, m, true);
    out[`date.month.${m}`] = intlTemplate(locale, m, false);
  }
  return out as DateWords;
}
