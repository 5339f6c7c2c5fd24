// The journey JSON Schema (draft-07) for editors (yaml-language-server) and ajv, made from the zod
// schema so the two never disagree. schemas/journey.schema.json is this output; a test keeps it fresh.
import { z } from 'zod';
import { journeySchema } from './journey.js';

export const JOURNEY_SCHEMA_ID = 'https://journeymap.dev/schemas/journey.schema.json';

export function journeyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(journeySchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema: $schema ?? 'http://json-schema.org/draft-07/schema#',
    $id: JOURNEY_SCHEMA_ID,
    title: 'journeymap journey',
    ...rest,
  };
}
