// Personas and channels: the reusable entities that library files also hold.
import { z } from 'zod';
import { colorSchema, IMAGE_PATTERN, idSchema, nameSchema, textListSchema } from './primitives.js';

export const personaSchema = z
  .strictObject({
    id: idSchema.optional().describe('The persona id used in `personas:` and `emotion:`. Default: the slug of the name.'),
    name: nameSchema('The persona name, e.g. "Maria, busy parent".'),
    age: z.number().int().min(0).optional().describe('Age in years. Default: none.'),
    role: z.string().optional().describe('Job or role. Default: none.'),
    quote: z.string().optional().describe('A characteristic quote. Default: none.'),
    goals: textListSchema('What the persona wants to achieve.').optional(),
    needs: textListSchema('What the persona needs.').optional(),
    frustrations: textListSchema('What frustrates the persona.').optional(),
    tech: z.enum(['low', 'medium', 'high']).optional().describe('Technical savviness. Default: none.'),
    image: z
      .string()
      .regex(IMAGE_PATTERN)
      .optional()
      .describe('A png, jpg or svg portrait: a relative path from this file that stays inside the project. Default: none.'),
    color: colorSchema.optional().describe('Colour of the persona\'s emotion curve. Default: from the theme palette.'),
  })
  .describe('A persona: an archetypal customer.');

export const channelSchema = z
  .strictObject({
    id: idSchema.optional().describe('The channel id touchpoints refer to. Default: the slug of the name.'),
    name: nameSchema('The channel name, e.g. "Mobile app".'),
    kind: z
      .enum(['digital', 'physical', 'human', 'other'])
      .optional()
      .describe('What kind of channel it is. Default: none.'),
    icon: z.string().optional().describe('A built-in icon name, e.g. "mobile", "store", "chat". Default: none.'),
  })
  .describe('A channel through which touchpoints happen.');

export const personaListSchema = z.array(personaSchema).describe('The personas of this journey. Default: one implicit persona, "Customer".');
export const channelListSchema = z.array(channelSchema).describe('The channels touchpoints may refer to. Default: none.');
