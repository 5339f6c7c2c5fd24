// The words the xlsx renderer writes itself (sheet names, headers, yes/met/missed), kept in one
// place; the Touchpoints, Stages, Personas and Channels headers are the language's field names,
// so that `journeymap import` reads the workbook back.

export const XLSX_WORDS = {
  sheets: {
    journey: 'Journey',
    personas: 'Personas',
    channels: 'Channels',
    lanes: 'Lanes',
    stages: 'Stages',
    touchpoints: 'Touchpoints',
    kpis: 'KPIs',
    actions: 'Actions',
  },
  field: 'Field',
  value: 'Value',
  yes: 'yes',
  met: 'met',
  missed: 'missed',
  noTarget: 'no target',
  /** The Type column of the Actions sheet: plain lower-case words, easy to filter on. */
  actionKinds: { pain: 'pain', opportunity: 'opportunity', failure: 'failure', handoff: 'handoff', riskyHandoff: 'risky handoff' },
  kpiColumns: { name: 'KPI', where: 'Where', status: 'Status' },
  actionColumns: { stage: 'Stage', owner: 'Owner', type: 'Type', action: 'Action', touchpoint: 'Touchpoint', critical: 'Moment of truth' },
} as const;
