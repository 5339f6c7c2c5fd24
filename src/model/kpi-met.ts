// Whether a KPI meets its target, respecting which direction is better. Pure.

export function kpiMet(value: number | undefined, target: number | undefined, better: 'higher' | 'lower'): boolean | undefined {
  if (value === undefined || target === undefined) return undefined;
  return better === 'higher' ? value >= target : value <= target;
}
