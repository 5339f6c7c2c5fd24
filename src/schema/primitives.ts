// Reusable zod pieces of the language: ids, texts, colours, links, dates, emotions, paths.
// Patterns are exported so model/ can tell which rule a format issue broke; no checks needing context.
import { z } from 'zod';
import { CSS_COLOR_NAMES } from './css-colors.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const COLOR_PATTERN = new RegExp(`^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|${CSS_COLOR_NAMES.join('|')})$`);
export const LINK_PATTERN = /^(?:https?:\/\/|mailto:)\S+$/;
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const IMAGE_PATTERN = /\.(?:[pP][nN][gG]|[jJ][pP][eE]?[gG]|[sS][vV][gG])$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN)
  .describe('An id: lower-case letters, digits, "-" and "_", starting with a letter or digit.');

export const nameSchema = (what: string) => z.string().min(1).describe(what);

/** A string, or a list of strings (the string is a one-item list). */
export const textListSchema = (what: string) =>
  z.union([z.string(), z.array(z.string())]).describe(`${what} One text or a list of texts. Default: none.`);

export const colorSchema = z
  .string()
  .regex(COLOR_PATTERN)
  .describe('A CSS colour: #rgb, #rrggbb or a lower-case CSS colour name such as "teal".');

export const linkSchema = z
  .string()
  .regex(LINK_PATTERN)
  .describe('A link: an http://, https:// or mailto: URL.');

export const dateSchema = z.string().regex(DATE_PATTERN).describe('A date, YYYY-MM-DD.');

export const emotionValueSchema = z
  .number()
  .min(-2)
  .max(2)
  .describe('An emotion from -2 (very negative) to 2 (very positive); decimals allowed.');

export const relativePathSchema = (what: string) =>
  z.string().min(1).describe(`${what} A relative path with "/" separators that stays inside the project.`);
