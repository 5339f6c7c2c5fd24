// Personas and channels: the reusable entities that library files also hold.
import * as z from 'zod/mini';
import { colorSchema, described, IMAGE_PATTERN, idSchema, nameSchema, textListSchema } from './primitives.js';

export const personaSchema = described(
  z.strictObject({
    id: described(z.optional(idSchema), 'The persona id used in `personas:` and `emotion:`. Default: the slug of the name.'),
    name: nameSchema('The persona name, e.g. "Maria, busy parent".'),
    age: described(z.optional(z.number().check(z.int(), z.minimum(0))), 'Age in years. Default: none.'),
    role: described(z.optional(z.string()), 'Job or role. Default: none.'),
    quote: described(z.optional(z.string()), 'A characteristic quote. Default: none.'),
    goals: z.optional(textListSchema('What the persona wants to achieve.')),
    needs: z.optional(textListSchema('What the persona needs.')),
    frustrations: z.optional(textListSchema('What frustrates the persona.')),
    tech: described(z.optional(z.enum(['low', 'medium', 'high'])), 'Technical savviness. Default: none.'),
    image: described(
      z.optional(z.string().check(z.regex(IMAGE_PATTERN))),
      'A png, jpg or svg portrait: a relative path from this file that stays inside the project. Default: none.',
    ),
    color: described(z.optional(colorSchema), "Colour of the persona's emotion curve. Default: from the theme palette."),
  }),
  'A persona: an archetypal customer.',
  'persona',
);

export const channelSchema = described(
  z.strictObject({
    id: described(z.optional(idSchema), 'The channel id touchpoints refer to. Default: the slug of the name.'),
    name: nameSchema('The channel name, e.g. "Mobile app".'),
    kind: described(z.optional(z.enum(['digital', 'physical', 'human', 'other'])), 'What kind of channel it is. Default: none.'),
    icon: described(z.optional(z.string()), 'A built-in icon name, e.g. "mobile", "store", "chat". Default: none.'),
  }),
  'A channel through which touchpoints happen.',
  'channel',
);

export const personaListSchema = described(
  z.array(personaSchema),
  'The personas of this journey. Default: one implicit persona, "Customer".',
);
export const channelListSchema = described(z.array(channelSchema), 'The channels touchpoints may refer to. Default: none.');
