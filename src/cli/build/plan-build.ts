// What a build run decides before compiling anything: the session, the renderers, the theme, the
// inputs and the output folder; usage errors (bad flags, colliding outputs) are thrown here.
import { resolve } from 'node:path';
import { findOutputCollisions } from '../../project/output-paths.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { resolveTheme } from '../../project/resolve-theme.js';
import type { BuildFlags } from '../commands/flags.js';
import type { CliIo } from '../io.js';
import { openSession, reportAll, type Session, sessionInputs } from '../session.js';
import { UsageError } from '../usage-error.js';
import type { BuildOneContext } from './build-one.js';
import type { WorkerSetup } from './build-worker-protocol.js';
import { renderOptions, sourceDateEpoch } from './render-options.js';
import { buildRegistry, DEFAULT_FORMATS, type PluginSources, selectRenderers, splitList } from './select-renderers.js';

function outDirOf(session: Session, flags: BuildFlags): string {
  if (flags.out !== undefined) return resolve(session.io.cwd, flags.out);
  if (session.config.outDir !== undefined) return resolve(session.root, session.config.outDir);
  return resolve(session.io.cwd, 'out');
}

/** Everything a run decided before compiling: renderers, theme, inputs, output folder. */
export interface BuildPlan {
  readonly session: Session;
  readonly context: BuildOneContext;
  readonly setup: WorkerSetup;
  readonly inputs: readonly InputFile[];
  readonly outDir: string;
  readonly toStdout: boolean;
}

/** Opens the session and checks the invocation; undefined when the config or theme file has errors (reported). */
export async function planBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<BuildPlan | undefined> {
  const toStdout = flags.out === '-';
  const opened = await openSession(io, { flags, stdoutTaken: toStdout });
  if (!opened.session) return undefined;
  const session = opened.session;
  const plugins: PluginSources = {
    configPlugins: session.config.plugins ?? [],
    configPath: session.configPath,
    cliPlugins: flags.plugin,
    cwd: io.cwd,
  };
  const formats = flags.format !== undefined ? splitList(flags.format) : (session.config.formats ?? DEFAULT_FORMATS);
  const renderers = selectRenderers(await buildRegistry(plugins), formats);
  // A theme file the config names must lie inside the project root; one given by --theme is the user's choice.
  const themeResult = await resolveTheme(
    flags.theme ?? session.config.theme,
    flags.theme !== undefined || !session.configPath ? io.cwd : session.root,
    session.root,
    { confined: flags.theme === undefined },
  );
  if (themeResult.diagnostics) {
    if (themeResult.source) session.texts.set(themeResult.source.path, themeResult.source.text);
    reportAll(session, themeResult.diagnostics, 1);
    return undefined;
  }
  if (!themeResult.theme) throw new UsageError(themeResult.error);
  const inputs = await sessionInputs(session, paths);
  if (toStdout && (renderers.length !== 1 || inputs.length !== 1)) {
    throw new UsageError('-o - writes one file to standard output: give exactly one journey and one --format');
  }
  if (!toStdout) {
    const collisions = findOutputCollisions(inputs);
    if (collisions.length > 0) throw new UsageError(collisions.join('\n'));
  }
  const base = { theme: themeResult.theme, epoch: sourceDateEpoch(io.env), options: renderOptions(flags) };
  const context: BuildOneContext = { host: session.host, renderers, base, persona: flags.persona, io };
  const setup: WorkerSetup = { root: session.root, plugins, formats, ...base, persona: flags.persona };
  return { session, context, setup, inputs, outDir: outDirOf(session, flags), toStdout };
}
