// Lanes: the rows of the map, built-in names or custom lanes declared with { id, title }.
import * as z from 'zod/mini';
import { BUILTIN_LANE_NAMES } from './lane-names.js';
import { described, idSchema, nameSchema } from './primitives.js';

export const laneSchema = described(
  z.union([
    described(z.enum(BUILTIN_LANE_NAMES), 'A built-in lane.'),
    described(
      z.strictObject({
        // idSchema is shared: describe a clone of it.
        id: idSchema.check(z.describe('The lane id touchpoints use under `fields:`; a built-in name retitles that lane.')),
        title: nameSchema('The lane title shown on the map.'),
      }),
      'A custom lane.',
    ),
  ]),
  'A built-in lane name or a custom lane { id, title }.',
);

export const laneListSchema = described(
  z.array(laneSchema),
  'Which lanes the map shows, in order. Default: every built-in lane that has data, in the built-in order (the channels lane only when listed).',
);
