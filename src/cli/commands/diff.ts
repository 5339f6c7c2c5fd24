// `journeymap diff <old> <new>`: loads both versions (either may be `-`, e.g. piped from
// `git show HEAD~1:path`), prints their structured differences as coloured text, JSON, or a
// Markdown pull-request comment (the same changes, grouped by stage), or an HTML visual diff page
// (cli/diff/diff-page.ts); -o writes any of them to a file.
// Exits 0 with or without changes unless --exit-code, like `git diff`; 1 when a file has errors.

import { resolve } from 'node:path';
import { loadSource } from '../../compile.js';
import { type Diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { diffJourneys } from '../../model/diff-journeys.js';
import type { Journey } from '../../model/journey.js';
import { writeFileAtomic } from '../../project/atomic-write.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { formatChange, formatDiff } from '../../render/diff/format-diff.js';
import { formatDiffMarkdown } from '../../render/diff/format-diff-markdown.js';
import { say, wordsFor } from '../../words/say.js';
import { sourceDateEpoch } from '../build/render-options.js';
import { chalkFor } from '../color.js';
import type { CliIo } from '../io.js';
import { isMarkdownFile, readJourneyFile } from '../read-journey-file.js';
import { namedFile } from '../read-named-file.js';
import { openSession, reportAll, type Session } from '../session.js';
import { EXIT_ERRORS, EXIT_OK, UsageError } from '../usage-error.js';
import type { DiffFlags } from './flags.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'html'] as const;

/**
 * The file to load. Standard input piped from `git show HEAD~1:maps/a.journey.yaml` is named
 * after the other file, "maps/a.journey.yaml (stdin)", so its imports resolve from the same folder.
 */
function inputOf(session: Session, path: string, other: string): InputFile {
  const { cwd } = session.io;
  if (path !== '-') return namedFile(path, cwd, session.root);
  const sibling = namedFile(other, cwd, session.root);
  return { display: `${sibling.display} (stdin)`, outputStem: 'stdin' };
}

/** Of a Markdown file (or standard input beside one), its first ```journey fence (read-journey-file.ts). */
async function load(session: Session, input: InputFile, markdown: boolean, diagnostics: Diagnostic[]): Promise<Journey | undefined> {
  const read = await readJourneyFile(input, session.io, markdown);
  diagnostics.push(...read.diagnostics);
  if (!read.source) return undefined;
  session.texts.set(read.source.path, (read.shown ?? read.source).text);
  const loaded = loadSource(read.source, session.host);
  diagnostics.push(...loaded.diagnostics);
  return loaded.journey;
}

/** Writes the diff to its -o file; a file that cannot be written is a usage error (exit 2). */
function writeDiffFile(path: string, bytes: string | Uint8Array): void {
  try {
    writeFileAtomic(path, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

export async function runDiff(oldPath: string, newPath: string, flags: DiffFlags, io: CliIo): Promise<number> {
  if (oldPath === '-' && newPath === '-') throw new UsageError('only one of <old> and <new> can be - (standard input)');
  // Standard output carries the diff, so machine-readable diagnostics go to standard error.
  const opened = await openSession(io, { flags, stdoutTaken: true });
  if (!opened.session) return EXIT_ERRORS;
  const session = opened.session;
  const diagnostics: Diagnostic[] = [];
  const markdown = (path: string, other: string): boolean => isMarkdownFile(path === '-' ? other : path);
  const old = await load(session, inputOf(session, oldPath, newPath), markdown(oldPath, newPath), diagnostics);
  const now = await load(session, inputOf(session, newPath, oldPath), markdown(newPath, oldPath), diagnostics);
  reportAll(session, diagnostics, 2);
  if (!old || !now || hasErrors(diagnostics)) return EXIT_ERRORS;

  const changes = diffJourneys(old, now);
  // -o file: whatever the format, written atomically there instead of standard output.
  const toFile = flags.out !== undefined && flags.out !== '-';
  if (toFile && [oldPath, newPath].some((path) => path !== '-' && resolve(io.cwd, path) === resolve(io.cwd, flags.out as string))) {
    throw new UsageError(`-o ${flags.out} is one of the journeys compared; nothing was written`);
  }
  const out = (bytes: string | Uint8Array): void => {
    if (toFile) writeDiffFile(resolve(io.cwd, flags.out as string), bytes);
    else io.writeOut(bytes);
  };
  if (flags.format === 'json') {
    out(`${JSON.stringify(changes, null, 2)}\n`);
  } else if (flags.format === 'markdown') {
    const file = newPath === '-' ? inputOf(session, oldPath, newPath).display : inputOf(session, newPath, oldPath).display;
    out(formatDiffMarkdown(changes, old, now, { file, words: wordsFor() }));
  } else if (flags.format === 'html') {
    const { renderDiffPage } = await import('../diff/diff-page.js');
    const page = await renderDiffPage(old, now, { host: session.host, epoch: sourceDateEpoch(io.env) });
    reportAll(session, page.diagnostics, 2);
    if (!page.bytes) return EXIT_ERRORS;
    out(page.bytes);
  } else if (toFile) {
    out(changes.length === 0 ? `${say(wordsFor(), 'cli.noChanges')}\n` : formatDiff(changes, wordsFor()));
  } else if (changes.length === 0) {
    if (!flags.quiet) io.writeOut(`${say(wordsFor(), 'cli.noChanges')}\n`);
  } else {
    const c = chalkFor('stdout', io.env);
    const paint = { '+': c.green, '-': c.red, '~': c.yellow } as const;
    for (const change of changes) {
      const line = formatChange(change, wordsFor());
      const colour = paint[line[0] as keyof typeof paint];
      io.writeOut(`${colour ? colour(line) : line}\n`);
    }
  }
  return flags.exitCode && changes.length > 0 ? EXIT_ERRORS : EXIT_OK;
}
