// Stable, locale-free number labels (KPI values, targets, baselines): no exponent, grouped
// thousands, a real minus sign. Shared by layout (the map) and the renderers that show the same
// figures outside the Scene (the HTML table and details), so a figure reads the same everywhere.

/**
 * Decimals shown: 2 from 1 up (currency, percentages, ratings), 3 significant digits below 1,
 * so a small non-zero value (0.000123) never reads as 0.
 */
function decimalsFor(n: number): number {
  const magnitude = Math.abs(n);
  if (magnitude >= 1 || magnitude === 0) return 2;
  return Math.min(100, Math.max(2, 2 - Math.floor(Math.log10(magnitude))));
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // toFixed switches to an exponent from 1e21; integers that large are exact as BigInt.
  const fixed = Math.abs(n) >= 1e15 ? BigInt(Math.round(n)).toString() : n.toFixed(decimalsFor(n));
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  const grouped = trimmed.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  return grouped === '-0' ? '0' : grouped.replace(/^-/, '\u2212');
}

/** A value with its unit: "%" and similar symbols attach, words get a space. */
export function withUnit(value: string, unit: string | undefined): string {
  if (!unit) return value;
  return /^[%‰°′″/]/.test(unit) ? value + unit : `${value} ${unit}`;
}
