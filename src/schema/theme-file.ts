// A theme file (--theme brand.yaml, config `theme:`): the parts of a built-in theme it overrides,
// a brand logo and text. Checked like a journey (every problem, with its place), so a negative or
// .nan font size or a colour no renderer can draw never reaches layout or the PDF renderer.
import * as z from 'zod/mini';
import { colorSchema, described, IMAGE_PATTERN } from './primitives.js';

/** Font sizes in CSS px: below 6 nothing is legible on paper, above 96 a cell holds one word. */
export const MIN_FONT_SIZE = 6;
export const MAX_FONT_SIZE = 96;

/** The colour keys a theme has (theme/theme.ts's Theme['colors']); stageBackgrounds is a list. */
export const THEME_COLOR_KEYS = [
  'background',
  'text',
  'mutedText',
  'headerBackground',
  'headerText',
  'headerMutedText',
  'stageText',
  'laneTitleBackground',
  'laneTitleText',
  'grid',
  'cardBackground',
  'cardBorder',
  'pain',
  'opportunity',
  'critical',
  'kpiMet',
  'kpiMissed',
  'kpiUnknown',
  'neutralLine',
  'positiveZone',
  'negativeZone',
  'accent',
] as const;
export const THEME_FONT_SIZE_KEYS = ['title', 'subtitle', 'stage', 'laneTitle', 'body', 'small'] as const;

const fontSizeSchema = described(
  z.number().check(z.minimum(MIN_FONT_SIZE), z.maximum(MAX_FONT_SIZE)),
  `A font size in CSS pixels, ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE}.`,
);
const colorListSchema = z.array(colorSchema).check(z.minLength(1));

/** `builtinNames`: the themes `extends` may name (theme/themes.ts). */
export function themeFileSchema(builtinNames: readonly [string, ...string[]]) {
  return z.strictObject({
    name: z.optional(z.string().check(z.minLength(1))),
    extends: z.optional(z.enum(builtinNames)),
    colors: z.optional(
      z.strictObject({
        ...Object.fromEntries(THEME_COLOR_KEYS.map((key) => [key, z.optional(colorSchema)])),
        stageBackgrounds: z.optional(colorListSchema),
      } as Record<(typeof THEME_COLOR_KEYS)[number], z.ZodMiniOptional<typeof colorSchema>> & {
        stageBackgrounds: z.ZodMiniOptional<typeof colorListSchema>;
      }),
    ),
    fontSizes: z.optional(
      z.strictObject(
        Object.fromEntries(THEME_FONT_SIZE_KEYS.map((key) => [key, z.optional(fontSizeSchema)])) as Record<
          (typeof THEME_FONT_SIZE_KEYS)[number],
          z.ZodMiniOptional<typeof fontSizeSchema>
        >,
      ),
    ),
    personaPalette: z.optional(colorListSchema),
    logo: z.optional(z.string().check(z.regex(IMAGE_PATTERN))),
    brand: z.optional(z.string().check(z.minLength(1), z.regex(/\S/))),
  });
}

export type ThemeFileInput = z.infer<ReturnType<typeof themeFileSchema>>;
