// The one status vocabulary of a KPI (map card, PDF, HTML, slides, sheets, show, diff): which
// word says each status of model/kpi-met.ts `KpiStatus` (the same four keys).
import type { WordId } from './en.js';

export const KPI_STATUS_WORD = {
  met: 'kpi.met',
  missed: 'kpi.missed',
  'no-value': 'kpi.noValue',
  'no-target': 'kpi.unknown',
} as const satisfies Record<string, WordId>;
