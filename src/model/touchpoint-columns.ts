// The touchpoint fields a workshop spreadsheet has as columns, in the order the xlsx export writes
// them and `journeymap import` reads them back: one list, so an export always imports.
export const TOUCHPOINT_COLUMNS_BEFORE_EMOTION = ['stage', 'id', 'name', 'channel', 'personas', 'action', 'thought'] as const;

export const TOUCHPOINT_COLUMNS_AFTER_EMOTION = [
  'pains',
  'opportunities',
  'frontstage',
  'backstage',
  'owner',
  'systems',
  'critical',
  'evidence',
  'link',
  'notes',
  'wait',
  'duration',
  'fails',
  'recovery',
  'image',
  'map',
] as const;
