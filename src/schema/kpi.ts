// A KPI, at journey, stage or touchpoint level. Zod only; `met` is computed in model/.
import { z } from 'zod';
import { nameSchema } from './primitives.js';

export const kpiSchema = z
  .strictObject({
    name: nameSchema('What is measured, e.g. "NPS".'),
    value: z.number().optional().describe('The current value. Default: none.'),
    target: z.number().optional().describe('The value aimed for; with a value, the map shows whether it is met. Default: none.'),
    baseline: z.number().optional().describe('The value before the change. Default: none.'),
    unit: z.string().optional().describe('The unit shown after numbers, e.g. "%". Default: none.'),
    better: z
      .enum(['higher', 'lower'])
      .optional()
      .describe('Whether higher or lower values are better. Default: higher.'),
    source: z.string().optional().describe('Where the number comes from. Default: none.'),
  })
  .describe('A key performance indicator.');

export const kpiListSchema = z.array(kpiSchema).describe('Key performance indicators. Default: none.');
