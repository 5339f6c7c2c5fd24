// Reusable zod pieces of the language: ids, texts, colours, links, dates, emotions, paths.
// Patterns are exported so model/ can tell which rule a format issue broke; no checks needing context.
import * as z from 'zod/mini';
// The registry zod/mini re-exports, imported from core: through zod/mini, esbuild also bundles
// toJSONSchema (~45 KB) into every command's zod chunk instead of only `schema` and `init`.
import { globalRegistry } from 'zod/v4/core';
import { CSS_COLOR_NAMES } from './css-colors.js';

// Ids may use letters of any script (language 1.1): a lower-case or caseless letter or a digit,
// then also "-", "_", modifier letters (the Japanese long-vowel mark ー) and combining marks (Indic
// vowel signs), so a slug of a name in any script is an id. No ".", "/", space or control
// character: an id may name an output file (<stem>.<persona>.svg). JSON Schema validators (ajv,
// the YAML language server) read `pattern` with the u flag, so \p{…} works there too.
export const ID_PATTERN = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lm}\p{Lo}\p{M}\p{N}_-]*$/u;
export const COLOR_PATTERN = new RegExp(`^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|${CSS_COLOR_NAMES.join('|')})$`);
export const LINK_PATTERN = /^(?:https?:\/\/|mailto:)\S+$/;
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const IMAGE_PATTERN = /\.(?:[pP][nN][gG]|[jJ][pP][eE]?[gG]|[sS][vV][gG])$/;

/**
 * Gives a schema made for this one use its documentation: the `description` z.toJSONSchema emits
 * (classic's `.describe()`). It registers the schema itself in the global registry, where
 * `.check(z.describe(…))` would register a clone: ~100 clones cost ~2.5 ms of start-up. A shared
 * schema (idSchema, …) that needs another description takes `.check(z.describe(…))` instead, so
 * its other uses keep theirs.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string, title?: string): T {
  // A title names the object in editors' completion labels (else they show the root's title).
  globalRegistry.add(schema, title === undefined ? { description } : { title, description });
  return schema;
}

export const idSchema = described(
  z.string().check(z.regex(ID_PATTERN)),
  'An id: lower-case or caseless letters of any script, digits, "-" and "_", starting with a letter or digit.',
);

export const nameSchema = (what: string) => described(z.string().check(z.minLength(1)), what);

/** A string, or a list of strings (the string is a one-item list). */
export const textListSchema = (what: string) =>
  described(z.union([z.string(), z.array(z.string())]), `${what} One text or a list of texts. Default: none.`);

export const colorSchema = described(
  z.string().check(z.regex(COLOR_PATTERN)),
  'A CSS colour: #rgb, #rrggbb or a lower-case CSS colour name such as "teal".',
);

export const linkSchema = described(z.string().check(z.regex(LINK_PATTERN)), 'A link: an http://, https:// or mailto: URL.');

export const dateSchema = described(z.string().check(z.regex(DATE_PATTERN)), 'A date, YYYY-MM-DD.');

export const emotionValueSchema = described(
  z.number().check(z.minimum(-2), z.maximum(2)),
  'An emotion from -2 (very negative) to 2 (very positive); decimals allowed.',
);

/** A duration as written: a number with a unit, or several (`90s`, `1h30m`, `2d`, `1.5w`); checked in model/. */
export const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?[smhdw])+$/;

/** Marks duration schemas in their metadata, so the JSON Schema can describe them as a pattern. */
export const DURATION_META_KEY = 'journeymapDuration';

/**
 * A number is accepted here so that `wait: 5` gets invalid-duration with a hint from model/, not
 * a type error; the JSON Schema (json-schema.ts) shows editors the string pattern only.
 */
export function durationSchema(what: string) {
  const schema = z.union([z.string(), z.number()]);
  const description = `${what} A number with a unit, or several: 90s, 45m, 3h, 1h30m, 2d, 1w2d (s, m, h, d, w; decimals allowed). Default: none.`;
  globalRegistry.add(schema, { description, [DURATION_META_KEY]: true });
  return schema;
}

export const relativePathSchema = (what: string) =>
  described(z.string().check(z.minLength(1)), `${what} A relative path with "/" separators that stays inside the project.`);
