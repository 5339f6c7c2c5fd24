// The one formatter of numbers and dates for every output (map, PDF pages, HTML details): made
// once per view from the locale, so a KPI's "as of" date and its figures read the same everywhere.
// Numbers keep the map's long-standing style (no exponent, grouped, a real minus sign). Intl
// number formats are made on first use only (the first costs ~25 ms of ICU start-up in a cold CLI)
// and English numbers need none (scene/number-label.ts writes exactly what Intl's `en` would);
// dates take their month names and order from the catalogue, so they need no Intl at all.
import { formatNumber } from '../scene/number-label.js';
import { say, type WordId, type Words } from '../words/say.js';

export interface Formats {
  /** 1234.5 → '1,234.5'; 2 decimals from 1 up, 3 significant digits below (0.000123 stays visible). */
  number(n: number): string;
  /** A data date as written ('2026-03-01' or '2026-03') → 'Mar 1, 2026' / 'Mar 2026'. */
  date(text: string): string;
}

function decimalsFor(n: number): number {
  const magnitude = Math.abs(n);
  if (magnitude >= 1 || magnitude === 0) return 2;
  return Math.min(20, Math.max(2, 2 - Math.floor(Math.log10(magnitude))));
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** 'Mar {day}, {year}' per month: the catalogue's own order and month names. */
const DAYS = [
  'date.day.1',
  'date.day.2',
  'date.day.3',
  'date.day.4',
  'date.day.5',
  'date.day.6',
  'date.day.7',
  'date.day.8',
  'date.day.9',
  'date.day.10',
  'date.day.11',
  'date.day.12',
] as const satisfies readonly WordId[];
/** 'Mar {year}' per month. */
const MONTHS = [
  'date.month.1',
  'date.month.2',
  'date.month.3',
  'date.month.4',
  'date.month.5',
  'date.month.6',
  'date.month.7',
  'date.month.8',
  'date.month.9',
  'date.month.10',
  'date.month.11',
  'date.month.12',
] as const satisfies readonly WordId[];

/** The formatter for a catalogue: its locale's numbers, its own words for dates. */
export function formatsFor(words: Words): Formats {
  const locale = words['meta.locale'];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (decimals: number): Intl.NumberFormat => {
    let f = numbers.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, useGrouping: true });
      numbers.set(decimals, f);
    }
    return f;
  };
  const english = locale === 'en' || locale.startsWith('en-');
  return {
    number(n) {
      if (english || !Number.isFinite(n)) return formatNumber(n);
      const text = numberFormat(decimalsFor(n)).format(n);
      // Intl writes a hyphen-minus and may round a tiny negative to '-0'.
      return /^-0$/.test(text) ? '0' : text.replace(/^-/, '\u2212');
    },
    date(text) {
      const m = DATE.exec(text);
      const index = m ? Number(m[2]) - 1 : -1;
      const day = DAYS[index];
      const month = MONTHS[index];
      if (!m || !day || !month) return text;
      return m[3] ? say(words, day, { day: String(Number(m[3])), year: m[1] as string }) : say(words, month, { year: m[1] as string });
    },
  };
}
