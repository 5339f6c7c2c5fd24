// Stable, locale-free number formatting for labels (KPI values, targets): at most 2 decimals,
// no exponent, no trailing zeros, a real minus sign. Same input, same string, on every machine.
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n) >= 1e15 ? n.toFixed(0) : n.toFixed(2);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  const grouped = trimmed.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  return grouped === '-0' ? '0' : grouped.replace(/^-/, '\u2212');
}

/** A value with its unit: "%" and similar symbols attach, words get a space. */
export function withUnit(value: string, unit: string | undefined): string {
  if (!unit) return value;
  return /^[%‰°′″/]/.test(unit) ? value + unit : `${value} ${unit}`;
}
