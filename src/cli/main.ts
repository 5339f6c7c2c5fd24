// The CLI entry: parses argv with commander and runs a command, returning the exit code
// (bin/journeymap.js sets process.exitCode; nothing here calls process.exit). Commands are
// imported lazily so `--version` and `--help` load only commander and chalk.
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { BuildFlags, CommonFlags, DiffFlags, ImportFlags, LintFlags } from './commands/flags.js';
import { helpExamples } from './help-examples.js';
import { type CliIo, processIo } from './io.js';
import { REPORTER_NAMES } from './reporters/reporter.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_PIPE, EXIT_USAGE, UsageError } from './usage-error.js';

const ISSUES_URL = 'https://github.com/journeymap/journeymap/issues';

function commonOptions(command: Command): Command {
  return command
    .addOption(new Option('--reporter <name>', 'how diagnostics are printed').choices(REPORTER_NAMES).default('pretty'))
    .option('-q, --quiet', 'only errors, no summary', false)
    .option('--verbose', 'more output (written files, traces of internal errors)', false);
}

function buildProgram(io: CliIo, run: (task: () => Promise<number>) => void): Command {
  const program = new Command('journeymap')
    .description('Compile customer journey maps written in YAML into SVG, PDF, HTML and PNG.')
    .version(pkg.version, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.writeOut(text),
      writeErr: (text) => io.writeErr(text),
      outputError: (text, write) => write(`journeymap: ${text}`),
    });

  const collect = (value: string, previous: string[]): string[] => [...previous, value];
  commonOptions(
    program
      .command('build')
      .description('compile journeys to maps')
      .argument('[paths...]', 'files, folders, globs, or - for standard input')
      .option('-f, --format <list>', 'comma list of svg, pdf, html, png, pptx, xlsx (default from config, else svg,pdf,html)')
      .option('-o, --out <dir>', 'output folder (default out); - writes the single format to standard output')
      .option('--persona <id>', "render one persona's view only")
      .option('--theme <name|file>', 'a built-in theme (default, print) or a theme file')
      .option('--plugin <module>', 'load a renderer plugin (repeatable)', collect, [])
      .option('--page <size>', 'PDF page size: fit, a4, a3, letter (default fit); a paper size fits the map on one landscape sheet')
      .option('--tile', 'with --page: cut the map into a poster of several pages with trim marks instead', false)
      .option('--scale <n>', 'PNG pixel ratio (default 1)')
      .option('--slide <size>', "pptx slide size: fit (the map's own size) or 16:9 (default fit)")
      .option('--check', 'write nothing; exit 1 if any output is missing or out of date', false)
      .option('--watch', 'rebuild on change, keep going on errors', false)
      .option('--serve [port]', 'a live-reloading preview on 127.0.0.1 (default port 4173); implies --watch')
      .option('--site', 'also write a portfolio site of every journey built (out/index.html); implies html')
      .option('--jobs <n>', 'threads for many files, the main one and n - 1 workers (default: the cores, for a large run)')
      .option('--render-timeout <seconds>', 'stop a plugin that takes longer to load or to render one journey (default 60)')
      .option('--no-cache', 'build every journey, even those unchanged since their outputs were written')
      .option('--shard <k/n>', 'build only the k-th of n deterministic parts (CI matrices)')
      .option('--clean', 'also delete the outputs of journeys that no longer exist (listed in out/.journeymap-manifest.json)', false),
  ).action((paths: string[], flags: BuildFlags) => run(async () => (await import('./commands/build.js')).runBuild(paths, flags, io)));

  commonOptions(
    program
      .command('validate')
      .description('parse and check journeys; writes nothing')
      .argument('[paths...]', 'files, folders, globs, or - for standard input'),
  ).action((paths: string[], flags: CommonFlags) =>
    run(async () => (await import('./commands/validate.js')).runValidate(paths, flags, io)),
  );

  commonOptions(
    program
      .command('lint')
      .description('validate journeys and check journey-quality rules (warnings)')
      .argument('[paths...]', 'files, folders, globs, or - for standard input')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this'),
  ).action((paths: string[], flags: LintFlags) => run(async () => (await import('./commands/lint.js')).runLint(paths, flags, io)));

  program
    .command('init')
    .description('scaffold an example project that builds at once')
    .argument('[dir]', 'folder to create the project in (default: the current folder)')
    .option('-q, --quiet', 'print nothing on success', false)
    .action((dir: string | undefined, flags: { quiet: boolean }) =>
      run(async () => (await import('./commands/init.js')).runInit(dir, flags, io)),
    );

  commonOptions(
    program
      .command('diff')
      .description('what changed between two versions of a journey')
      .argument(
        '<old>',
        'the old version (- for standard input, e.g. from git show HEAD~1:path); of a Markdown file, its first ```journey fence',
      )
      .argument('<new>', 'the new version (a Markdown file: its first ```journey fence)')
      .addOption(
        new Option(
          '--format <format>',
          'text or json (the list of changes), markdown (a pull-request comment), or html (a visual diff page)',
        )
          .choices(['text', 'json', 'markdown', 'html'])
          .default('text'),
      )
      .option('-o, --out <file>', 'write the diff to this file instead of standard output')
      .option('--exit-code', 'exit 1 when there are changes', false),
  ).action((oldPath: string, newPath: string, flags: DiffFlags) =>
    run(async () => (await import('./commands/diff.js')).runDiff(oldPath, newPath, flags, io)),
  );

  commonOptions(
    program
      .command('show')
      .description('print a journey map in the terminal: stages, touchpoints, emotion, pains, KPIs')
      .argument('<file>', 'a journey file, a Markdown file (its first ```journey fence), or - for standard input'),
  ).action((file: string, flags: CommonFlags) => run(async () => (await import('./commands/show.js')).runShow(file, flags, io)));

  commonOptions(
    program
      .command('import')
      .description('convert a Mermaid journey diagram or a workshop spreadsheet (.csv, .xlsx) to journey YAML')
      .argument(
        '<file>',
        'a .mmd Mermaid journey diagram, a .csv or .xlsx workshop sheet (one row per touchpoint), or - for standard input (Mermaid)',
      )
      .option('-o, --out <file>', 'write the YAML to a file instead of standard output')
      .option('--force', 'overwrite the -o file when it exists', false),
  ).action((file: string, flags: ImportFlags) => run(async () => (await import('./commands/import.js')).runImport(file, flags, io)));

  program
    .command('schema')
    .description('print or write the JSON Schema of the journey language')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action((flags: { out?: string }) => run(async () => (await import('./commands/schema.js')).runSchema(flags, io)));
  for (const command of program.commands) command.addHelpText('after', helpExamples(command.name()));
  return program;
}

function reportFailure(error: unknown, io: CliIo, verbose: boolean): number {
  if (error instanceof UsageError) {
    io.writeErr(`journeymap: error: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.writeErr(`journeymap: internal error: ${message} (this is a bug; please report it at ${ISSUES_URL})\n`);
  if (verbose && error instanceof Error && error.stack) io.writeErr(`${error.stack}\n`);
  return EXIT_INTERNAL;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const status = await runMain(argv, io);
  // Output cut off by its reader (`journeymap lint | head -1`) ends quietly, as SIGPIPE would.
  return (await io.outputClosed?.()) ? EXIT_PIPE : status;
}

async function runMain(argv: readonly string[], io: CliIo): Promise<number> {
  const verbose = argv.includes('--verbose');
  let task: (() => Promise<number>) | undefined;
  const program = buildProgram(io, (t) => {
    task = t;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (!task) {
      // No command given: show help on stderr, as for any usage mistake.
      io.writeErr(program.helpInformation());
      return EXIT_USAGE;
    }
    return await task();
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    return reportFailure(error, io, verbose);
  }
}
