// The language stays on zod/mini: one classic `zod` import anywhere adds ~25 ms to every start.
// Also checks `described` documents the schema it is given without cloning it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as z from 'zod/mini';
import { described, idSchema } from './primitives.js';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

it('imports zod only as zod/mini (or zod/v4/core)', () => {
  const classic = sourceFiles(SRC).filter((file) => /from\s+['"]zod(?:\/v4|\/v3|\/v4\/classic)?['"]/.test(readFileSync(file, 'utf8')));
  expect(classic).toEqual([]);
});

it('described() registers the schema itself and z.toJSONSchema emits the text', () => {
  const schema = z.optional(z.string());
  expect(described(schema, 'A note.')).toBe(schema);
  const json = z.toJSONSchema(z.strictObject({ note: schema }), { target: 'draft-07', io: 'input' });
  expect(json.properties?.note).toEqual({ description: 'A note.', type: 'string' });
});

it('a shared schema keeps its description when a use describes a clone', () => {
  const clone = idSchema.check(z.describe('Another id.'));
  expect(z.toJSONSchema(clone).description).toBe('Another id.');
  expect(z.toJSONSchema(idSchema).description).toMatch(/^An id: /);
});
