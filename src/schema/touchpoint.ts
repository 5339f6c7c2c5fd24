// A touchpoint: one moment of the journey, in full form or as a plain-string shorthand.
import * as z from 'zod/mini';
import { kpiListSchema } from './kpi.js';
import {
  described,
  durationSchema,
  emotionValueSchema,
  idSchema,
  linkSchema,
  nameSchema,
  relativePathSchema,
  textListSchema,
} from './primitives.js';

export const emotionSchema = described(
  z.union([emotionValueSchema, z.record(z.string(), emotionValueSchema)]),
  'How the persona feels, -2..2: one number for every persona of the touchpoint, or a map { personaId: number }. Default: none.',
);

export const touchpointObjectSchema = described(
  z.strictObject({
    id: described(z.optional(idSchema), 'Unique across the journey. Default: the slug of the name.'),
    name: nameSchema('What happens, e.g. "Sees an Instagram ad".'),
    channel: described(z.optional(z.string()), 'A channel id, or free text. Default: none.'),
    personas: described(
      z.optional(z.union([z.string(), z.array(z.string())])),
      'Ids of the personas this touchpoint applies to. Default: all personas.',
    ),
    action: described(z.optional(z.string()), 'What the persona does. Default: none.'),
    thought: described(z.optional(z.string()), 'What the persona thinks. Default: none.'),
    emotion: z.optional(emotionSchema),
    pains: z.optional(textListSchema('Pain points.')),
    opportunities: z.optional(textListSchema('Opportunities for improvement.')),
    frontstage: described(z.optional(z.string()), 'What the customer sees of the organisation. Default: none.'),
    backstage: described(z.optional(z.string()), 'What happens behind the scenes. Default: none.'),
    owner: described(z.optional(z.string()), 'Who owns this touchpoint. Default: none.'),
    systems: z.optional(textListSchema('Systems involved.')),
    critical: described(z.optional(z.boolean()), 'true marks a moment of truth. Default: false.'),
    evidence: described(z.optional(z.enum(['assumption', 'research', 'data'])), 'What the touchpoint is based on. Default: assumption.'),
    link: described(z.optional(linkSchema), 'A link (http, https or mailto) for more detail. Default: none.'),
    notes: described(z.optional(z.string()), 'Free notes. Default: none.'),
    kpis: z.optional(kpiListSchema),
    fields: described(z.optional(z.record(z.string(), z.string())), 'Texts for custom lanes: { <laneId>: text }. Default: none.'),
    wait: z.optional(durationSchema('How long the customer waits before this step, e.g. 2d.')),
    duration: z.optional(durationSchema('How long the step itself takes, e.g. 15m.')),
    fails: z.optional(textListSchema('Failure points: where this step can fail (service blueprint).')),
    recovery: described(z.optional(z.string()), 'How the service recovers when the step fails. Default: none.'),
    image: z.optional(
      relativePathSchema('A storyboard picture of the step (png, jpg or svg), shown in the storyboard lane; relative to this file.'),
    ),
    map: z.optional(
      relativePathSchema('A journey that details this step (a *.journey.yaml file); the step links to its map. Relative to this file.'),
    ),
  }),
  'A touchpoint.',
  'touchpoint',
);

export const touchpointSchema = described(
  z.union([z.string().check(z.minLength(1)), touchpointObjectSchema]),
  'A touchpoint, or a plain string as its name.',
);
