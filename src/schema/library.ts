// A library file: reusable personas and/or channels, pulled into journeys with `imports:`.
import * as z from 'zod/mini';
import { importListSchema } from './journey.js';
import { channelListSchema, personaListSchema } from './persona.js';
import { described } from './primitives.js';

export const librarySchema = described(
  z.strictObject({
    imports: z.optional(importListSchema),
    personas: z.optional(personaListSchema),
    channels: z.optional(channelListSchema),
  }),
  'A journeymap library file holding personas and/or channels.',
);

export type LibraryInput = z.infer<typeof librarySchema>;
