// journeymap.config.yaml: project defaults that command-line flags override.
import * as z from 'zod/mini';
import { described } from './primitives.js';

export const configSchema = described(
  z.strictObject({
    include: described(
      z.optional(z.union([z.string(), z.array(z.string())])),
      'Globs or folders of journeys to build when no paths are given. Default: ".".',
    ),
    outDir: described(z.optional(z.string().check(z.minLength(1))), 'Output folder. Default: out.'),
    formats: described(
      z.optional(z.array(z.string().check(z.minLength(1)))),
      'Output formats, e.g. [svg, pdf, html, png]. Default: [svg, pdf, html].',
    ),
    theme: described(z.optional(z.string().check(z.minLength(1))), 'A built-in theme name or a path to a theme file. Default: default.'),
    plugins: described(
      z.optional(z.array(z.string().check(z.minLength(1)))),
      'Renderer plugin modules, relative to the config file. Default: none.',
    ),
    site: described(
      z.optional(z.boolean()),
      'Also write a portfolio site of every journey built (index.html and the views across journeys), as build --site does; implies the html format. Default: false.',
    ),
    staleAfterDays: described(
      z.optional(z.int().check(z.positive(), z.lte(36500))),
      'Days after its `updated` date when the site marks a journey as stale (a journey without one always is). Default: 180.',
    ),
    locale: described(
      z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/))),
      'The locale of every journey that sets none: the words the maps add and number and date formats (en, de, fr, es, ja, or another BCP 47 tag). Default: en.',
    ),
    labels: described(
      z.optional(z.record(z.string(), z.string())),
      'Words that replace the built-in ones, by message id (e.g. "mark.momentOfTruth": Schlüsselmoment), in every locale. Default: none.',
    ),
    renderTimeout: described(
      z.optional(z.number().check(z.positive(), z.lte(3600))),
      'Seconds a plugin may take to load, and to render one journey, before it is stopped (render-failed). Default: 60.',
    ),
    cacheDir: described(
      z.optional(z.string().check(z.minLength(1))),
      'The build cache folder, relative to this file; safe to delete and to share between CI runs. Default: node_modules/.cache/journeymap.',
    ),
  }),
  'journeymap project configuration (journeymap.config.yaml).',
);

export type ConfigInput = z.infer<typeof configSchema>;
