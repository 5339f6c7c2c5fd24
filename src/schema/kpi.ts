// A KPI, at journey, stage or touchpoint level. Zod only; `met` is computed in model/.
import * as z from 'zod/mini';
import { described, nameSchema, relativePathSchema } from './primitives.js';

export const kpiDataSchema = described(
  z.union([
    relativePathSchema('A .csv (date,value rows) or .json (array of { date, value }) file, relative to this file.'),
    described(
      z.strictObject({
        file: relativePathSchema('A .csv or .json file, relative to this file.'),
        column: described(z.optional(z.string().check(z.minLength(1))), 'The column holding the values. Default: value.'),
      }),
      'One column of a wider table.',
    ),
  ]),
  'The KPI series from a data file: the latest row is the value, the first the baseline (unless written). Not with `value`. Default: none.',
);

export const kpiSchema = described(
  z.strictObject({
    name: nameSchema('What is measured, e.g. "NPS".'),
    value: described(z.optional(z.number()), 'The current value. Default: none.'),
    target: described(z.optional(z.number()), 'The value aimed for; with a value, the map shows whether it is met. Default: none.'),
    baseline: described(z.optional(z.number()), 'The value before the change. Default: none.'),
    unit: described(z.optional(z.string()), 'The unit shown after numbers, e.g. "%". Default: none.'),
    better: described(z.optional(z.enum(['higher', 'lower'])), 'Whether higher or lower values are better. Default: higher.'),
    source: described(z.optional(z.string()), 'Where the number comes from. Default: none.'),
    data: z.optional(kpiDataSchema),
  }),
  'A key performance indicator.',
  'KPI',
);

export const kpiListSchema = described(z.array(kpiSchema), 'Key performance indicators. Default: none.');
