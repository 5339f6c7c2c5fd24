// journeymap.config.yaml: project defaults that command-line flags override.
import { z } from 'zod';

export const configSchema = z
  .strictObject({
    include: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('Globs or folders of journeys to build when no paths are given. Default: ".".'),
    outDir: z.string().min(1).optional().describe('Output folder. Default: out.'),
    formats: z
      .array(z.string().min(1))
      .optional()
      .describe('Output formats, e.g. [svg, pdf, html, png]. Default: [svg, pdf, html].'),
    theme: z.string().min(1).optional().describe('A built-in theme name or a path to a theme file. Default: default.'),
    plugins: z.array(z.string().min(1)).optional().describe('Renderer plugin modules, relative to the config file. Default: none.'),
  })
  .describe('journeymap project configuration (journeymap.config.yaml).');

export type ConfigInput = z.infer<typeof configSchema>;
