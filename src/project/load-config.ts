// Reads and validates journeymap.config.yaml with the same parser and schema machinery as
// journeys, so its mistakes are ordinary diagnostics (file:line:col, exit 1). Loaded lazily:
// yaml and zod are only needed when a config file exists.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../source/source-file.js';
import type { Labels } from '../words/locale-words.js';
import { readProjectFile } from './read-project-file.js';
import { realRootOf, toRootRelative } from './root-paths.js';

export interface ProjectConfig {
  readonly include?: string | readonly string[];
  readonly outDir?: string;
  readonly formats?: readonly string[];
  readonly theme?: string;
  readonly plugins?: readonly string[];
  /** Also write the portfolio site (build --site). */
  readonly site?: boolean;
  /** Days after `updated` when the site marks a journey as stale. */
  readonly staleAfterDays?: number;
  /** Seconds a plugin may take to load and to render one journey. */
  readonly renderTimeout?: number;
  /** The locale of journeys that set none. */
  readonly locale?: string;
  /** Words replacing the catalogue's, by message id (checked: unknown ids are unknown-label). */
  readonly labels?: Labels;
  /** The build cache's folder, relative to the config file's folder. */
  readonly cacheDir?: string;
}

export interface LoadedConfig {
  readonly config?: ProjectConfig;
  readonly source?: SourceFile;
  readonly diagnostics: Diagnostic[];
  /** A usage error: the config path is not a regular file (a folder, a FIFO) or cannot be read. */
  readonly error?: string;
}

/** For problems the schema mapper leaves without a hint of their own. */
const CONFIG_HINT = 'the config file takes include, outDir, formats, theme and plugins; see "The config file" in docs/cli.md';

export async function loadConfig(configPath: string, root: string): Promise<LoadedConfig> {
  const [{ parseSource }, { validateWithSchema }, { configSchema }, { checkConfigLanguage }] = await Promise.all([
    import('../source/parse-source.js'),
    import('../model/validate.js'),
    import('../schema/config.js'),
    import('./check-config-language.js'),
  ]);
  const path = toRootRelative(root, configPath);
  // Like a journey: a regular file inside the root (by real path), within the size limit.
  const decoded = readProjectFile(configPath, path, 'config file', realRootOf(root));
  if (decoded.error !== undefined) return { diagnostics: [], error: decoded.error };
  if (!decoded.source) return { diagnostics: decoded.diagnostics };
  const { parsed, diagnostics } = parseSource(decoded.source);
  if (!parsed) return { source: decoded.source, diagnostics };
  const validated = validateWithSchema(parsed, configSchema);
  const config = validated.value as ProjectConfig | undefined;
  // Checked like a journey's: the locale and every label id where they are written.
  const language = config ? checkConfigLanguage(parsed, config) : [];
  return {
    config,
    source: decoded.source,
    diagnostics: [...diagnostics, ...validated.diagnostics, ...language].map((d) => (d.hint ? d : { ...d, hint: CONFIG_HINT })),
  };
}
