// The keys an object schema allows at a data path, for did-you-mean on unknown keys.
// Walks zod 4's public `_zod.def` through optional, array, record and union wrappers.
import type { z } from 'zod/mini';

type AnyDef = { type: string; [k: string]: unknown };
const defOf = (schema: unknown): AnyDef => (schema as { _zod: { def: AnyDef } })._zod.def;

/** The object schemas a (possibly wrapped) schema may be, following unions. */
function objectsIn(schema: unknown): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return [schema];
    case 'optional':
    case 'nullable':
    case 'default':
      return objectsIn(def.innerType);
    case 'union':
      return (def.options as unknown[]).flatMap(objectsIn);
    default:
      return [];
  }
}

/** The schemas a data path segment leads to from `schema`. */
function step(schema: unknown, segment: string | number): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      return typeof segment === 'string' && Object.hasOwn(shape, segment) ? [shape[segment]] : [];
    }
    case 'optional':
    case 'nullable':
    case 'default':
      return step(def.innerType, segment);
    case 'array':
      return typeof segment === 'number' ? [def.element] : [];
    case 'record':
      return [def.valueType];
    case 'union':
      return (def.options as unknown[]).flatMap((option) => step(option, segment));
    default:
      return [];
  }
}

export function allowedKeysAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let current: unknown[] = [schema];
  for (const segment of path) {
    if (typeof segment === 'symbol') return [];
    current = current.flatMap((s) => step(s, segment));
  }
  const keys = current.flatMap(objectsIn).flatMap((o) => Object.keys(defOf(o).shape as object));
  return [...new Set(keys)];
}
