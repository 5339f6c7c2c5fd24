// The generated JSON Schema agrees with the zod schema where it can: ajv (draft-07) accepts every
// valid journey and rejects the invalid fixtures whose problem is a schema problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { journeyJsonSchema } from '../../src/schema/json-schema.js';
import { readExpectation } from './fixture-expectations.js';

const repo = join(import.meta.dirname, '../..');
const validate = new Ajv({ allErrors: true, strict: true }).compile(journeyJsonSchema());
const read = (file: string): unknown => parse(readFileSync(join(repo, file), 'utf8'));

/** Codes the JSON Schema itself can detect (references, paths and YAML-level problems it cannot). */
const SCHEMA_CODES = new Set([
  'unknown-key',
  'invalid-type',
  'missing-required',
  'invalid-value',
  'emotion-out-of-range',
  'invalid-id',
  'invalid-color',
  'invalid-link',
  'unknown-lane',
]);

/** Fixtures with a schema code whose problem only the model sees (a library file, a derived id). */
const MODEL_LEVEL = [
  'unknown-key/in-library.journey.yaml',
  'invalid-id/underivable.journey.yaml',
  'invalid-value/locale-not-bcp47.journey.yaml',
];

describe('ajv with schemas/journey.schema.json', () => {
  const valid = globSync(['examples/**/*.journey.yaml', 'test/fixtures/valid/**/*.journey.yaml'], { cwd: repo });
  it.each(valid)('accepts %s', (file) => {
    const ok = validate(read(file));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
  });

  const invalid = globSync('test/fixtures/invalid/*/*.journey.yaml', { cwd: repo }).filter((file) => {
    const code = readExpectation(new Uint8Array(readFileSync(join(repo, file))))?.code;
    return code !== undefined && SCHEMA_CODES.has(code) && !MODEL_LEVEL.some((f) => file.endsWith(f));
  });
  it('has schema-level invalid fixtures to check', () => expect(invalid.length).toBeGreaterThan(8));
  it.each(invalid)('rejects %s', (file) => {
    expect(validate(read(file))).toBe(false);
  });
});

describe('ids in any script (language 1.1) through ajv', () => {
  const journey = (id: string) => ({ title: 'T', personas: [{ id, name: 'P' }], stages: [{ name: 'S', touchpoints: ['T'] }] });
  it.each(['佐藤さん', 'ユーザー', 'インスタ広告を見る', 'оформить-заказ', 'खरीदें', 'maria_2'])('accepts %s', (id) => {
    expect(validate(journey(id)), JSON.stringify(validate.errors)).toBe(true);
  });
  it.each(['Maria', 'ーabc', 'a.b', 'a/b', 'a b', '-a', 'Оформить'])('rejects %s', (id) => {
    expect(validate(journey(id))).toBe(false);
  });
});
