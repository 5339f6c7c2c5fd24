// The JSON Schemas (draft-07) for editors (yaml-language-server) and ajv, made from the zod
// schemas so the two never disagree. schemas/*.schema.json are this output; a test keeps them fresh.
import * as z from 'zod/mini';
import { configSchema } from './config.js';
import { journeySchema } from './journey.js';
import { librarySchema } from './library.js';
import { DURATION_META_KEY, DURATION_PATTERN } from './primitives.js';

const SCHEMA_BASE = 'https://journeymap.dev/schemas';
export const JOURNEY_SCHEMA_ID = `${SCHEMA_BASE}/journey.schema.json`;

function editorSchema(schema: z.ZodMiniType, id: string, title: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      const json = jsonSchema as Record<string, unknown>;
      if (json[DURATION_META_KEY] !== true) return;
      // Editors check the duration syntax; the compiler explains a bare number with a hint.
      delete json[DURATION_META_KEY];
      delete json.anyOf;
      json.type = 'string';
      json.pattern = DURATION_PATTERN.source;
    },
  });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return { $schema: $schema ?? 'http://json-schema.org/draft-07/schema#', $id: id, title, ...rest };
}

export const journeyJsonSchema = (): Record<string, unknown> => editorSchema(journeySchema, JOURNEY_SCHEMA_ID, 'journeymap journey');

/** Library files (shared personas and channels) pulled in with `imports`. */
export const libraryJsonSchema = (): Record<string, unknown> =>
  editorSchema(librarySchema, `${SCHEMA_BASE}/library.schema.json`, 'journeymap library');

/** journeymap.config.yaml. */
export const configJsonSchema = (): Record<string, unknown> =>
  editorSchema(configSchema, `${SCHEMA_BASE}/config.schema.json`, 'journeymap project config');

/** Every schema the project ships, by the file name it has under schemas/. */
export const EDITOR_SCHEMAS: Readonly<Record<string, () => Record<string, unknown>>> = {
  'journey.schema.json': journeyJsonSchema,
  'library.schema.json': libraryJsonSchema,
  'config.schema.json': configJsonSchema,
};
