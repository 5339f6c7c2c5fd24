// Every word the pptx renderer shows on its own slides (the map slide's words come from the
// Scene), in one place for the message catalogue to take over. No logic beyond plurals.

export const PPTX_WORDS = {
  personasTitle: 'Personas',
  goals: 'Goals',
  needs: 'Needs',
  frustrations: 'Frustrations',
  years: (age: number): string => `${age} years`,
  tech: (level: string): string => `tech: ${level}`,
  kpisTitle: 'KPIs',
  kpiColumns: ['KPI', 'Where', 'Value', 'Target', 'Baseline', 'Unit', 'Source', 'Status'] as const,
  kpiSummary: (total: number, met: number, missed: number): string =>
    `${total} KPI${total === 1 ? '' : 's'} · ${met} met · ${missed} missed · ${total - met - missed} without a target or value`,
  actionsTitle: 'Action list',
  actionColumns: ['Owner', 'Stage', 'Type', 'Action', 'Touchpoint'] as const,
  pain: 'Pain',
  opportunity: 'Opportunity',
  momentOfTruth: 'moment of truth',
  updated: (date: string): string => `updated ${date}`,
  slideNumber: (n: number, total: number): string => `${n} / ${total}`,
} as const;
