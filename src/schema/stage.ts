// A stage: a column of the map holding touchpoints.
import * as z from 'zod/mini';
import { kpiListSchema } from './kpi.js';
import { described, idSchema, nameSchema } from './primitives.js';
import { touchpointSchema } from './touchpoint.js';

export const stageObjectSchema = described(
  z.strictObject({
    id: described(z.optional(idSchema), 'Unique among stages. Default: the slug of the name.'),
    name: nameSchema('The stage name, e.g. "Awareness".'),
    objective: described(z.optional(z.string()), 'What the organisation wants to achieve in this stage. Default: none.'),
    kpis: z.optional(kpiListSchema),
    touchpoints: described(z.optional(z.array(touchpointSchema)), 'The touchpoints of this stage, in order. Default: none.'),
  }),
  'A stage of the journey.',
  'stage',
);

export const stageSchema = described(
  z.union([z.string().check(z.minLength(1)), stageObjectSchema]),
  'A stage, or a plain string as its name (a stage without touchpoints yet).',
);
