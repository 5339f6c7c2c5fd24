// When a journey counts as stale: its `updated` (YYYY-MM-DD) lies more than `days` before `now`
// (ms), or it has none. Shared by the index page (build time, with SOURCE_DATE_EPOCH) and its script.
const DAY_MS = 86_400_000;

export function isStale(updated: string | undefined, now: number, days: number): boolean {
  if (updated === undefined) return true;
  const time = Date.parse(`${updated}T00:00:00Z`);
  return Number.isNaN(time) || now - time > days * DAY_MS;
}
