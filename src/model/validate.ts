// ParsedFile + zod schema → typed value or diagnostics (every issue, mapped once in zod-issues.ts).
// Used for journeys, library files and (by the CLI) journeymap.config.yaml.
import type { z } from 'zod/mini';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedFile } from '../source/parse-source.js';
import { mapZodIssues } from './zod-issues.js';

export function validateWithSchema<S extends z.ZodMiniType>(
  parsed: ParsedFile,
  schema: S,
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(parsed.value);
  if (result.success) return { value: result.data, diagnostics: [] };
  return { diagnostics: mapZodIssues(parsed, schema, result.error.issues) };
}
