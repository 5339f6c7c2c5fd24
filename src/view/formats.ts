// The one formatter of numbers and dates for every output (map, PDF pages, HTML details): made
// once per view from the locale, so a KPI's "as of" date and its figures read the same everywhere.
// Numbers keep the map's long-standing style (no exponent, grouped, a real minus sign).

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

export function formatsFor(locale: string): Formats {
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (decimals: number): Intl.NumberFormat => {
    let f = numbers.get(decimals);
    if (!f) numbers.set(decimals, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, useGrouping: true })));
    return f;
  };
  const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    number(n) {
      if (!Number.isFinite(n)) return String(n);
      const text = numberFormat(decimalsFor(n)).format(n);
      // Intl writes a hyphen-minus and may round a tiny negative to '-0'.
      return /^-0$/.test(text) ? '0' : text.replace(/^-/, '\u2212');
    },
    date(text) {
      const m = DATE.exec(text);
      if (!m) return text;
      const when = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
      return Number.isNaN(when.getTime()) ? text : (m[3] ? day : month).format(when);
    },
  };
}
