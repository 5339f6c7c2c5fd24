// A stage: a column of the map holding touchpoints.
import { z } from 'zod';
import { kpiListSchema } from './kpi.js';
import { idSchema, nameSchema } from './primitives.js';
import { touchpointSchema } from './touchpoint.js';

export const stageObjectSchema = z
  .strictObject({
    id: idSchema.optional().describe('Unique among stages. Default: the slug of the name.'),
    name: nameSchema('The stage name, e.g. "Awareness".'),
    objective: z.string().optional().describe('What the organisation wants to achieve in this stage. Default: none.'),
    kpis: kpiListSchema.optional(),
    touchpoints: z.array(touchpointSchema).optional().describe('The touchpoints of this stage, in order. Default: none.'),
  })
  .describe('A stage of the journey.');

export const stageSchema = z
  .union([z.string().min(1), stageObjectSchema])
  .describe('A stage, or a plain string as its name (a stage without touchpoints yet).');
