// Every word the xlsx renderer writes itself (sheet names, column headers, values such as
// "yes"), in one place for the message catalogue to take over. Column headers of the Touchpoints,
// Stages, Personas and Channels sheets are the language's field names, so that
// `journeymap import` reads the workbook back.

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
  pain: 'pain',
  opportunity: 'opportunity',
  kpiColumns: { name: 'KPI', where: 'Where', status: 'Status' },
  actionColumns: { stage: 'Stage', owner: 'Owner', type: 'Type', action: 'Action', touchpoint: 'Touchpoint', critical: 'Moment of truth' },
} as const;
