// Builds an entity's FieldSpans (journey.ts) from its input as written: spans for the written
// fields the caller names, none for absent ones, reading the entity's YAML mapping once (cheap
// enough for every touchpoint). Pure; knows nothing about which rule points where.
import type { Span } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../source/locate.js';
import { type FieldsWanted, locateFields } from '../source/locate-fields.js';
import type { ParsedFile } from '../source/parse-source.js';
import { spanOf } from '../source/span.js';
import type { FieldSpans } from './journey.js';

/** Which fields to record, by key: see FieldsWanted (source/locate-fields.ts). */
export type FieldSpanSpec = FieldsWanted;

/** A spec from lists of keys: single values, lists (`pains[1]`) and mappings (`fields.risks`). */
export function fieldSpanSpec(values: readonly string[], lists: readonly string[] = [], maps: readonly string[] = []): FieldSpanSpec {
  return new Map([
    ...values.map((key) => [key, 'value'] as const),
    ...lists.map((key) => [key, 'list'] as const),
    ...maps.map((key) => [key, 'map'] as const),
  ]);
}

/**
 * `input` is the entity as written (a shorthand entity as `{ name }`). The entity's mapping is
 * read in one pass (locateFields); an entity written as a plain string has no mapping, so its
 * written fields (just `name`) are located one by one, and locate gives the string itself.
 */
export function collectFieldSpans(
  parsed: ParsedFile,
  path: DataPath,
  input: Readonly<Record<string, unknown>>,
  spec: FieldSpanSpec,
): FieldSpans {
  const spans: Record<string, Span> = {};
  // A file not composed (parse-source.ts) is located field by field, each span found when read.
  if (parsed.composed) {
    const source = { file: parsed.source.path, text: parsed.source.text, lineCounter: parsed.lineCounter };
    const mapping = locateFields(parsed.doc, source.text, path, spec, (key, start, end) => {
      spans[key] = spanOf(source, start, end);
    });
    if (mapping) return spans;
  }
  // A plain string standing for the entity (its `name`): a path below it locates the string.
  const add = (key: string, ...below: (string | number)[]) => {
    spans[key] = parsed.locate([...path, ...below]);
  };
  for (const [key, kind] of spec) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (kind === 'value') add(key, key);
    else if (kind === 'list' && typeof value === 'string') add(`${key}[0]`, key);
    else if (kind === 'list' && Array.isArray(value)) value.forEach((_, i) => add(`${key}[${i}]`, key, i));
    else if (kind === 'map' && typeof value === 'object') Object.keys(value).forEach((entry) => add(`${key}.${entry}`, key, entry));
  }
  return spans;
}
