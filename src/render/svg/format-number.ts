// Number formatting for SVG attributes: 2 decimals at most, no exponent, no trailing zeros, no
// "-0", so the same Scene always gives the same bytes.
export function formatSvgNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const clamped = Math.max(-1e9, Math.min(1e9, n));
  // A multiple of 0.01 below 1e9 prints without exponent and with its shortest digits;
  // String(-0) is "0". (The hot path of SVG output: no toFixed, no regex.)
  return String(Math.round(clamped * 100) / 100);
}
