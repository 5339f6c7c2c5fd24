// A touchpoint: one moment of the journey, in full form or as a plain-string shorthand.
import { z } from 'zod';
import { kpiListSchema } from './kpi.js';
import { emotionValueSchema, idSchema, linkSchema, nameSchema, textListSchema } from './primitives.js';

export const emotionSchema = z
  .union([emotionValueSchema, z.record(z.string(), emotionValueSchema)])
  .describe('How the persona feels, -2..2: one number for every persona of the touchpoint, or a map { personaId: number }. Default: none.');

export const touchpointObjectSchema = z
  .strictObject({
    id: idSchema.optional().describe('Unique across the journey. Default: the slug of the name.'),
    name: nameSchema('What happens, e.g. "Sees an Instagram ad".'),
    channel: z.string().optional().describe('A channel id, or free text. Default: none.'),
    personas: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('Ids of the personas this touchpoint applies to. Default: all personas.'),
    action: z.string().optional().describe('What the persona does. Default: none.'),
    thought: z.string().optional().describe('What the persona thinks. Default: none.'),
    emotion: emotionSchema.optional(),
    pains: textListSchema('Pain points.').optional(),
    opportunities: textListSchema('Opportunities for improvement.').optional(),
    frontstage: z.string().optional().describe('What the customer sees of the organisation. Default: none.'),
    backstage: z.string().optional().describe('What happens behind the scenes. Default: none.'),
    owner: z.string().optional().describe('Who owns this touchpoint. Default: none.'),
    systems: textListSchema('Systems involved.').optional(),
    critical: z.boolean().optional().describe('true marks a moment of truth. Default: false.'),
    evidence: z
      .enum(['assumption', 'research', 'data'])
      .optional()
      .describe('What the touchpoint is based on. Default: assumption.'),
    link: linkSchema.optional().describe('A link (http, https or mailto) for more detail. Default: none.'),
    notes: z.string().optional().describe('Free notes. Default: none.'),
    kpis: kpiListSchema.optional(),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Texts for custom lanes: { <laneId>: text }. Default: none.'),
  })
  .describe('A touchpoint.');

export const touchpointSchema = z
  .union([z.string().min(1), touchpointObjectSchema])
  .describe('A touchpoint, or a plain string as its name.');
