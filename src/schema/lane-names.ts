// The built-in lanes' names in the spec's order (the default lane order): the one list the schema
// validates against and the model's BuiltinLaneId is made of. No zod here: the model imports it.
export const BUILTIN_LANE_NAMES = [
  'touchpoints',
  'storyboard',
  'time',
  'channels',
  'actions',
  'thoughts',
  'emotions',
  'pains',
  'opportunities',
  'failures',
  'frontstage',
  'backstage',
  'owners',
  'systems',
  'kpis',
  'evidence',
  'notes',
] as const;
