// A library file: reusable personas and/or channels, pulled into journeys with `imports:`.
import { z } from 'zod';
import { importListSchema } from './journey.js';
import { channelListSchema, personaListSchema } from './persona.js';

export const librarySchema = z
  .strictObject({
    imports: importListSchema.optional(),
    personas: personaListSchema.optional(),
    channels: channelListSchema.optional(),
  })
  .describe('A journeymap library file holding personas and/or channels.');

export type LibraryInput = z.infer<typeof librarySchema>;
