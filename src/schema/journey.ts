// The journey file: the root of the language (docs/language.md). Zod only; checks needing the
// whole document (references, ids, paths) live in model/.
import { z } from 'zod';
import { kpiListSchema } from './kpi.js';
import { laneListSchema } from './lanes.js';
import { channelListSchema, personaListSchema } from './persona.js';
import { dateSchema, nameSchema, relativePathSchema } from './primitives.js';
import { stageSchema } from './stage.js';

export const importListSchema = z
  .array(relativePathSchema('A library file with personas and/or channels, relative to this file.'))
  .describe('Library files whose personas and channels this file uses, relative to this file. Default: none.');

export const journeySchema = z
  .strictObject({
    title: nameSchema('The journey title.'),
    description: z.string().optional().describe('A sentence on what the journey covers. Default: none.'),
    state: z
      .enum(['current', 'future'])
      .optional()
      .describe('Whether the map shows today (current) or the target (future). Default: current.'),
    owner: z.string().optional().describe('Who owns this map. Default: none.'),
    updated: dateSchema.optional().describe('When the map was last reviewed, YYYY-MM-DD. Default: none.'),
    tags: z.array(z.string()).optional().describe('Tags for finding the map. Default: none.'),
    imports: importListSchema.optional(),
    personas: personaListSchema.optional(),
    channels: channelListSchema.optional(),
    lanes: laneListSchema.optional(),
    kpis: kpiListSchema.optional().describe('Journey-level KPIs, e.g. NPS. Default: none.'),
    stages: z.array(stageSchema).min(1).describe('The stages of the journey, in order; at least one.'),
  })
  .describe('A customer journey map (journeymap language v1).');

export type JourneyInput = z.infer<typeof journeySchema>;
