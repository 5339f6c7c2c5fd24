// schemas/journey.schema.json is exactly journeyJsonSchema()'s output (what `journeymap schema` prints).
// Regenerate with: UPDATE_SCHEMA=1 npx vitest run test/language/schema-file.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EDITOR_SCHEMAS, journeyJsonSchema } from '../../src/schema/json-schema.js';

it.each(Object.entries(EDITOR_SCHEMAS))('schemas/%s is up to date', (name, make) => {
  const file = join(import.meta.dirname, '../../schemas', name);
  const expected = `${JSON.stringify(make(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, expected);
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing: the comparison below fails with the hint
  }
  expect(committed, 'stale schema: run UPDATE_SCHEMA=1 npx vitest run test/language/schema-file.test.ts').toBe(expected);
});

it('is a draft-07 schema with an id, a title and descriptions', () => {
  const schema = journeyJsonSchema();
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  expect(typeof schema.$id).toBe('string');
  expect(typeof schema.title).toBe('string');
  const properties = schema.properties as Record<string, { description?: string }>;
  for (const [key, property] of Object.entries(properties)) {
    expect(property.description, key).toMatch(/\S/);
  }
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(expect.arrayContaining(['title', 'stages']));
});
