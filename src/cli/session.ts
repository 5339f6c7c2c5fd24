// What every journey command shares: the project root and config, the Host, the inputs, the
// reporter, and the texts of the files read (for code frames). Config errors are diagnostics.

import { dirname } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createFsHost } from '../project/fs-host.js';
import type { ProjectConfig } from '../project/load-config.js';
import { expandMarkdownInputs } from '../project/markdown-inputs.js';
import { outputBase } from '../project/output-paths.js';
import { findProjectRoot } from '../project/project-root.js';
import { type InputFile, resolveInputs } from '../project/resolve-inputs.js';
import type { Host } from '../source/source-file.js';
import type { CommonFlags } from './commands/flags.js';
import type { CliIo } from './io.js';
import { createReporter } from './reporters/create-reporter.js';
import type { Reporter } from './reporters/reporter.js';
import { sortDiagnostics } from './reporters/sort-diagnostics.js';
import { UsageError } from './usage-error.js';

export interface Session {
  readonly io: CliIo;
  readonly root: string;
  readonly configPath?: string;
  readonly config: ProjectConfig;
  readonly host: Host;
  readonly reporter: Reporter;
  /** Source texts by root-relative path, remembered for code frames. */
  readonly texts: Map<string, string>;
  /** The config's warnings (a locale without a catalogue), reported with the run's diagnostics. */
  readonly configWarnings?: readonly Diagnostic[];
}

export interface SessionOptions {
  readonly flags: CommonFlags;
  /** True when stdout carries an artifact (-o -). */
  readonly stdoutTaken: boolean;
  /** Files whose diagnostics get no code frame (workshop sheets: rows and column numbers, not characters). */
  readonly noFrame?: (file: string) => boolean;
}

export type OpenResult = { session: Session; configErrors?: undefined } | { session?: undefined; configErrors: number };

export async function openSession(io: CliIo, options: SessionOptions): Promise<OpenResult> {
  const { root, configPath } = findProjectRoot(io.cwd);
  const host = createFsHost(root);
  const texts = new Map<string, string>();
  const sourceText = (file: string): string | undefined => {
    const known = texts.get(file);
    if (known !== undefined) return known;
    if (options.noFrame?.(file)) return undefined;
    // Imported library files are not read by the CLI itself: fetch them for the frame.
    const bytes = host.readFile(file);
    return bytes ? new TextDecoder().decode(bytes) : undefined;
  };
  const reporter = createReporter(io, {
    name: options.flags.reporter,
    quiet: options.flags.quiet,
    sourceText,
    stdoutTaken: options.stdoutTaken,
  });
  let config: ProjectConfig = {};
  let configWarnings: readonly Diagnostic[] = [];
  if (configPath) {
    const { loadConfig } = await import('../project/load-config.js');
    const loaded = await loadConfig(configPath, root);
    if (loaded.error !== undefined) throw new UsageError(loaded.error);
    if (loaded.source) texts.set(loaded.source.path, loaded.source.text);
    if (!loaded.config || loaded.diagnostics.some((d) => d.severity === 'error')) {
      reporter.diagnostics(sortDiagnostics(loaded.diagnostics), { files: 1 });
      return { configErrors: loaded.diagnostics.length };
    }
    config = loaded.config;
    configWarnings = loaded.diagnostics;
  }
  return { session: { io, root, configPath, config, host, reporter, texts, ...(configWarnings.length > 0 ? { configWarnings } : {}) } };
}

/** The journeys to compile: the paths given, else the config's include, else `.`. */
export async function sessionInputs(session: Session, paths: readonly string[]): Promise<InputFile[]> {
  const fromConfig = paths.length === 0 && session.config.include !== undefined;
  const include = session.config.include;
  const wanted = paths.length > 0 ? paths : include === undefined ? ['.'] : typeof include === 'string' ? [include] : include;
  // Config globs are relative to the config file's folder, command-line paths to the cwd.
  const base = fromConfig && session.configPath ? dirname(session.configPath) : session.io.cwd;
  const outputs = outputBase(session.configPath, session.io.cwd);
  const resolved = await resolveInputs(wanted, base, session.root, outputs, { fromConfig });
  if (resolved.errors.length > 0) throw new UsageError(resolved.errors.join('\n'));
  // Each ```journey fence of a Markdown input is an input of its own.
  const inputs = await expandMarkdownInputs(resolved.inputs);
  if (inputs.length === 0) {
    throw new UsageError(
      `no journey found in ${wanted.join(', ')} (journeys are named *.journey.yaml, or are \`\`\`journey fences in a .md file)`,
    );
  }
  return inputs;
}

export function reportAll(session: Session, diagnostics: readonly Diagnostic[], files: number): void {
  session.reporter.diagnostics(sortDiagnostics([...(session.configWarnings ?? []), ...diagnostics]), { files });
}
