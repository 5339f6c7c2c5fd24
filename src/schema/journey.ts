// The journey file: the root of the language (docs/language.md). Zod only; checks needing the
// whole document (references, ids, paths) live in model/.
import * as z from 'zod/mini';
import { kpiListSchema } from './kpi.js';
import { laneListSchema } from './lanes.js';
import { channelListSchema, personaListSchema } from './persona.js';
import { dateSchema, described, nameSchema, relativePathSchema } from './primitives.js';
import { stageSchema } from './stage.js';

export const importListSchema = described(
  z.array(relativePathSchema('A library file with personas and/or channels, relative to this file.')),
  'Library files whose personas and channels this file uses, relative to this file. Default: none.',
);

export const journeySchema = described(
  z.strictObject({
    title: nameSchema('The journey title.'),
    description: described(z.optional(z.string()), 'A sentence on what the journey covers. Default: none.'),
    state: described(
      z.optional(z.enum(['current', 'future'])),
      'Whether the map shows today (current) or the target (future). Default: current.',
    ),
    owner: described(z.optional(z.string()), 'Who owns this map. Default: none.'),
    updated: described(z.optional(dateSchema), 'When the map was last reviewed, YYYY-MM-DD. Default: none.'),
    tags: described(z.optional(z.array(z.string())), 'Tags for finding the map. Default: none.'),
    compare: z.optional(
      relativePathSchema('The current-state journey this one improves: its curve is drawn faint behind this one; touchpoints match by id.'),
    ),
    locale: described(
      z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/))),
      "The language of the words the map adds and of number and date formats: en, de, fr, es, ja, or another BCP 47 tag. Default: en (or the config's locale).",
    ),
    imports: z.optional(importListSchema),
    personas: z.optional(personaListSchema),
    channels: z.optional(channelListSchema),
    lanes: z.optional(laneListSchema),
    kpis: described(z.optional(kpiListSchema), 'Journey-level KPIs, e.g. NPS. Default: none.'),
    stages: described(z.array(stageSchema).check(z.minLength(1)), 'The stages of the journey, in order; at least one.'),
  }),
  'A customer journey map (journeymap language 1.1).',
);

export type JourneyInput = z.infer<typeof journeySchema>;
