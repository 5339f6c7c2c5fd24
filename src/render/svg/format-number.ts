// Number formatting for SVG attributes: 2 decimals at most, no exponent, no trailing zeros, no
// "-0", so the same Scene always gives the same bytes.
export function formatSvgNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const clamped = Math.max(-1e9, Math.min(1e9, n));
  const s = (Math.round(clamped * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' || s === '' ? '0' : s;
}
