// When a journey counts as stale: more than `days` whole days have passed since its `updated`
// (YYYY-MM-DD, UTC) at `now` (ms), or it has none. Shared by the index page (build time, with
// SOURCE_DATE_EPOCH) and its script (view time).
const DAY_MS = 86_400_000;

export function isStale(updated: string | undefined, now: number, days: number): boolean {
  if (updated === undefined) return true;
  const time = Date.parse(`${updated}T00:00:00Z`);
  return Number.isNaN(time) || Math.floor((now - time) / DAY_MS) > days;
}
