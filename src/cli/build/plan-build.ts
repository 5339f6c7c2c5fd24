// What a build run decides before compiling anything: the session, the renderers, the theme, the
// inputs and the output folder; usage errors (bad flags, colliding outputs) are thrown here.
import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkOutputs, type NamedPath, type OutputKeys } from '../../project/output-clobbers.js';
import { findOutputCollisions, outputBase, outputPath } from '../../project/output-paths.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { resolveTheme } from '../../project/resolve-theme.js';
import type { Renderer } from '../../render/renderer.js';
import { builtinThemes } from '../../theme/themes.js';
import type { BuildFlags } from '../commands/flags.js';
import type { CliIo } from '../io.js';
import { openSession, reportAll, type Session, sessionInputs } from '../session.js';
import { shownPath } from '../shown-path.js';
import { UsageError } from '../usage-error.js';
import type { BuildCache } from './build-cache.js';
import type { BuildOneContext } from './build-one.js';
import type { WorkerSetup } from './build-worker-protocol.js';
import { markdownOutputPaths } from './markdown-outputs.js';
import { openCache } from './open-cache.js';
import type { SitePlan } from './plan-site.js';
import { renderOptions, sourceDateEpoch } from './render-options.js';
import { renderTimeoutMs } from './render-timeout.js';
import { buildRegistry, DEFAULT_FORMATS, type PluginSources, selectRenderers, splitList } from './select-renderers.js';
import { inShard, parseShard, type Shard } from './shard.js';

function outDirOf(session: Session, flags: BuildFlags): string {
  // resolve(cwd, '') is the cwd itself: an empty -o would write next to the journeys.
  if (flags.out?.trim() === '') throw new UsageError('-o needs an output folder (or - for standard output); got an empty path');
  if (flags.out !== undefined) return resolve(session.io.cwd, flags.out);
  if (session.config.outDir !== undefined) return resolve(session.root, session.config.outDir);
  // Beside the config file, like the folders outputs mirror (output-paths.ts), from any sub-folder.
  return resolve(outputBase(session.configPath, session.io.cwd), 'out');
}

/** Everything a run decided before compiling: renderers, theme, inputs, output folder. */
export interface BuildPlan {
  readonly session: Session;
  readonly context: BuildOneContext;
  readonly setup: WorkerSetup;
  readonly inputs: readonly InputFile[];
  readonly outDir: string;
  readonly toStdout: boolean;
  /** Every output the run may write, by resolved path: imports and images found later are checked against it. */
  readonly outputKeys: OutputKeys;
  /** The theme file's low-contrast warnings, reported with the run's diagnostics. */
  readonly themeWarnings?: readonly Diagnostic[];
  /** build --site: the journeys on the site; the run writes its pages after the maps. */
  readonly site?: SitePlan;
  /** The build cache; absent with --no-cache, --watch and -o -. */
  readonly cache?: BuildCache;
  /** --shard: this run builds only `inputs` of its part; `allInputs` are every journey of the run (the manifest lists them all). */
  readonly shard?: Shard;
  readonly allInputs: readonly InputFile[];
  /** Stops the plugins' worker threads; the run calls it when done. */
  readonly closePlugins: () => Promise<void>;
}

/** The files the run reads before compiling: journeys, config file, theme file and its logo. */
function runInputs(session: Session, inputs: readonly InputFile[], themeFile: string | undefined, logo: string | undefined): NamedPath[] {
  const shown = (path: string): string => shownPath(session.io.cwd, path);
  const named: NamedPath[] = inputs.flatMap((i) => (i.absolute ? [{ path: i.absolute, label: `the journey ${i.display}` }] : []));
  if (session.configPath) named.push({ path: session.configPath, label: `the config file ${shown(session.configPath)}` });
  if (themeFile) named.push({ path: themeFile, label: `the theme file ${shown(themeFile)}` });
  if (logo) named.push({ path: resolve(session.root, logo), label: `the theme logo ${logo}` });
  return named;
}

/** Every file the run would write: each journey in each format. */
function runOutputs(
  session: Session,
  inputs: readonly InputFile[],
  renderers: readonly Renderer[],
  flags: BuildFlags,
  outDir: string,
): NamedPath[] {
  return inputs
    .flatMap((input) =>
      renderers.map((renderer) => {
        const path = outputPath(outDir, input, renderer.extension, flags.persona);
        return { path, label: `${shownPath(session.io.cwd, path)} (the ${renderer.format} of ${input.display})` };
      }),
    )
    .concat(
      markdownOutputPaths(outDir, inputs, flags.persona).map(({ path, input }) => ({
        path,
        label: `${shownPath(session.io.cwd, path)} (the rewritten Markdown of ${input.display})`,
      })),
    );
}

/** Opens the session and checks the invocation; undefined when the config or theme file has errors (reported). */
export async function planBuild(paths: readonly string[], flags: BuildFlags, io: CliIo): Promise<BuildPlan | undefined> {
  // Plugin worker threads started before a later check refused the run stop with it.
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => void (await Promise.all(closers.map((close) => close())));
  try {
    const plan = await planRun(paths, flags, io, closers);
    if (!plan) await closeAll();
    return plan ? { ...plan, closePlugins: closeAll } : undefined;
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function planRun(
  paths: readonly string[],
  flags: BuildFlags,
  io: CliIo,
  closers: (() => Promise<void>)[],
): Promise<Omit<BuildPlan, 'closePlugins'> | undefined> {
  const toStdout = flags.out === '-';
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (toStdout && (shard || flags.clean))
    throw new UsageError('-o - writes to standard output: it cannot be combined with --shard or --clean');
  if (flags.check && flags.clean) throw new UsageError('--check writes nothing, so it cannot --clean; run the two separately');
  const opened = await openSession(io, { flags, stdoutTaken: toStdout });
  if (!opened.session) return undefined;
  const session = opened.session;
  const plugins: PluginSources = {
    configPlugins: session.config.plugins ?? [],
    configPath: session.configPath,
    cliPlugins: flags.plugin,
    cwd: io.cwd,
  };
  // Loaded only for a site: it brings the compile pipeline, which a run the cache answers never loads.
  const sitePlanning = flags.site === true || session.config.site === true ? await import('./plan-site.js') : undefined;
  const site = sitePlanning?.wantsSite(flags.site, session.config.site, toStdout) ?? false;
  const formats = (sitePlanning?.siteFormats ?? ((_: boolean, f: readonly string[]) => f))(
    site,
    flags.format !== undefined ? splitList(flags.format) : (session.config.formats ?? DEFAULT_FORMATS),
  );
  const renderTimeout = renderTimeoutMs(flags.renderTimeout, session.config.renderTimeout);
  const modules: { specifier: string; file: string }[] = [];
  const isolation = { timeoutMs: renderTimeout, root: session.root, closers, modules };
  const renderers = selectRenderers(await buildRegistry(plugins, isolation), formats);
  const themeName = flags.theme ?? session.config.theme;
  const themeDir = flags.theme !== undefined || !session.configPath ? io.cwd : session.root;
  // A theme file the config names must lie inside the project root; one given by --theme is the user's choice.
  const themeResult = await resolveTheme(themeName, themeDir, session.root, { confined: flags.theme === undefined });
  if (themeResult.diagnostics) {
    if (themeResult.source) session.texts.set(themeResult.source.path, themeResult.source.text);
    reportAll(session, themeResult.diagnostics, 1);
    return undefined;
  }
  if (!themeResult.theme) throw new UsageError(themeResult.error);
  // Theme colours text cannot read on (low-contrast): reported with the run's diagnostics.
  if (themeResult.source) session.texts.set(themeResult.source.path, themeResult.source.text);
  const found = await sessionInputs(session, paths);
  let inputs = sitePlanning && site ? sitePlanning.siteInputs(found) : found;
  if (toStdout && (renderers.length !== 1 || inputs.length !== 1)) {
    throw new UsageError('-o - writes one file to standard output: give exactly one journey and one --format');
  }
  const outDir = outDirOf(session, flags);
  // The rewritten Markdown links each fence's map as SVG.
  if (inputs.some((input) => input.markdown) && !renderers.some((renderer) => renderer.format === 'svg')) {
    throw new UsageError(`a Markdown input's rewritten .md links its maps as SVG: add svg to --format (e.g. -f svg,${formats.join(',')})`);
  }
  if (!toStdout) {
    const collisions = findOutputCollisions(inputs);
    if (collisions.length > 0) throw new UsageError(collisions.join('\n'));
  }
  // Same file named as resolveTheme reads it: a name that is not built-in is a file.
  const themeFile = themeName !== undefined && !builtinThemes[themeName] ? resolve(themeDir, themeName) : undefined;
  const checked = checkOutputs(
    toStdout
      ? []
      : [
          ...runOutputs(session, inputs, renderers, flags, outDir),
          ...(sitePlanning && site ? sitePlanning.sitePageOutputs(outDir, io.cwd) : []),
        ],
    [
      ...runInputs(session, inputs, themeFile, themeResult.theme.logo),
      ...modules.map((m) => ({ path: m.file, label: `the plugin module ${m.specifier}` })),
    ],
  );
  if (checked.messages.length > 0)
    throw new UsageError(`${checked.messages.join('\n')}\nnothing was written; choose another -o folder or format`);
  const base = { theme: themeResult.theme, epoch: sourceDateEpoch(io.env), options: renderOptions(flags) };
  let sitePlan: SitePlan | undefined;
  if (sitePlanning && site)
    ({ site: sitePlan, inputs } = await sitePlanning.planSite(session, inputs, {
      outDir,
      persona: flags.persona,
      staleAfterDays: session.config.staleAfterDays,
    }));
  const cache =
    flags.cache === false || toStdout || flags.watch || flags.serve !== undefined
      ? undefined
      : openCache({
          root: session.root,
          configPath: session.configPath,
          cacheDir: session.config.cacheDir,
          formats,
          options: base.options,
          theme: base.theme,
          epoch: base.epoch,
          persona: flags.persona,
          plugins: modules,
        });
  const allInputs = inputs;
  inputs = inShard(inputs, shard);
  const { locale, labels } = session.config;
  const language =
    locale !== undefined || labels !== undefined
      ? { language: { ...(locale !== undefined ? { locale } : {}), ...(labels ? { labels } : {}) } }
      : {};
  const context: BuildOneContext = {
    host: session.host,
    renderers,
    // What renderers make once for the run (parsed fonts); never sent to workers, which make their own.
    base: { ...base, runCache: new Map() },
    persona: flags.persona,
    io,
    ...(site ? { site } : {}),
    ...language,
  };
  const setup: WorkerSetup = {
    root: session.root,
    plugins,
    formats,
    ...base,
    persona: flags.persona,
    renderTimeoutMs: renderTimeout,
    ...(site ? { site } : {}),
    ...language,
  };
  return {
    session,
    context,
    setup,
    inputs,
    allInputs,
    outDir,
    toStdout,
    outputKeys: checked.keys,
    ...(themeResult.warnings ? { themeWarnings: themeResult.warnings } : {}),
    ...(sitePlan ? { site: sitePlan } : {}),
    ...(cache ? { cache } : {}),
    ...(shard ? { shard } : {}),
  };
}
