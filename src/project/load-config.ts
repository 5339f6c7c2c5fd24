// Reads and validates journeymap.config.yaml with the same parser and schema machinery as
// journeys, so its mistakes are ordinary diagnostics (file:line:col, exit 1). Loaded lazily:
// yaml and zod are only needed when a config file exists.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../source/source-file.js';
import { toRootRelative } from './root-paths.js';

export interface ProjectConfig {
  readonly include?: string | readonly string[];
  readonly outDir?: string;
  readonly formats?: readonly string[];
  readonly theme?: string;
  readonly plugins?: readonly string[];
}

export interface LoadedConfig {
  readonly config?: ProjectConfig;
  readonly source?: SourceFile;
  readonly diagnostics: Diagnostic[];
}

export async function loadConfig(configPath: string, root: string): Promise<LoadedConfig> {
  const [{ decodeSource }, { parseSource }, { validateWithSchema }, { configSchema }] = await Promise.all([
    import('../source/decode-source.js'),
    import('../source/parse-source.js'),
    import('../model/validate.js'),
    import('../schema/config.js'),
  ]);
  const path = toRootRelative(root, configPath);
  const decoded = decodeSource(path, readFileSync(configPath));
  if (!decoded.source) return { diagnostics: decoded.diagnostics };
  const { parsed, diagnostics } = parseSource(decoded.source);
  if (!parsed) return { source: decoded.source, diagnostics };
  const validated = validateWithSchema(parsed, configSchema);
  return {
    config: validated.value as ProjectConfig | undefined,
    source: decoded.source,
    diagnostics: [...diagnostics, ...validated.diagnostics],
  };
}
