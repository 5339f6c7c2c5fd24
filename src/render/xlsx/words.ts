// Not words but the workbook's format: the sheet names, the Journey sheet's Field/Value headers,
// the KPIs sheet's KPI/Where/Status headers and the 'yes' of a moment of truth are what
// `journeymap import` matches when it reads the workbook back (like the language's field names in
// the Touchpoints, Stages, Personas and Channels headers), so they stay fixed in every locale.
// Every word a reader gets (statuses, the Actions sheet) comes from the view's catalogue.

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
  kpiColumns: { name: 'KPI', where: 'Where', status: 'Status' },
} as const;
