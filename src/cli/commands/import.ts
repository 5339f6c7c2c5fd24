// `journeymap import <file.mmd|.csv|.xlsx>`: converts a Mermaid `journey` diagram or a workshop
// spreadsheet (one row per touchpoint) to journey YAML, printed or written with -o (atomically; an existing file is kept unless --force). The modeline points
// at the project's schemas/journey.schema.json when there is one, else at the published schema.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { convertMermaidJourney } from '../../convert/mermaid-journey.js';
import { convertWorkshop, workshopKind } from '../../convert/workshop-import.js';
import { type Diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../../project/atomic-write.js';
import { readFileBounded } from '../../project/read-bounded.js';
import { MAX_FILE_BYTES } from '../../source/limits.js';
import { say, wordsFor } from '../../words/say.js';
import type { CliIo } from '../io.js';
import { readInput } from '../read-input.js';
import { namedFile } from '../read-named-file.js';
import { openSession, reportAll } from '../session.js';
import { shownPath } from '../shown-path.js';
import { EXIT_ERRORS, EXIT_OK, UsageError } from '../usage-error.js';
import type { ImportFlags } from './flags.js';

const PROJECT_SCHEMA = join('schemas', 'journey.schema.json');

/** The schema path relative to where the YAML will live, or undefined for the default URL. */
export function projectSchemaUrl(root: string, yamlDir: string): string | undefined {
  const schema = join(root, PROJECT_SCHEMA);
  if (!existsSync(schema)) return undefined;
  const rel = relative(yamlDir, schema).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export async function runImport(file: string, flags: ImportFlags, io: CliIo): Promise<number> {
  const toStdout = flags.out === undefined || flags.out === '-';
  const target = toStdout ? undefined : resolve(io.cwd, flags.out as string);
  // Checked before converting: refusing late would waste the user's time on a long diagram.
  if (target && existsSync(target) && !flags.force) {
    throw new UsageError(`${flags.out} already exists (use --force to overwrite it)`);
  }
  const sheetKind = workshopKind(file);
  const opened = await openSession(io, {
    flags,
    stdoutTaken: toStdout,
    ...(sheetKind ? { noFrame: (f: string) => workshopKind(f) !== undefined } : {}),
  });
  if (!opened.session) return EXIT_ERRORS;
  const session = opened.session;
  const input = namedFile(file, io.cwd, session.root);
  const schemaUrl = projectSchemaUrl(session.root, target ? dirname(target) : io.cwd);
  const kind = sheetKind;
  let converted: { yaml?: string; diagnostics: Diagnostic[] };
  let readDiagnostics: Diagnostic[];
  if (kind === 'xlsx' && input.absolute !== undefined) {
    // A workbook is binary: read as bytes, never decoded as text.
    let bytes: Uint8Array;
    try {
      bytes = readFileBounded(input.absolute, MAX_FILE_BYTES);
    } catch (error) {
      throw new UsageError(`cannot read ${input.display}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    if (bytes.length > MAX_FILE_BYTES) throw new UsageError(`cannot read ${input.display}: more than ${MAX_FILE_BYTES} bytes`);
    readDiagnostics = [];
    converted = await convertWorkshop({ kind, bytes }, input.display, schemaUrl ? { schemaUrl } : {});
  } else {
    const read = await readInput(input, io);
    if (!read.source) {
      reportAll(session, read.diagnostics, 1);
      return EXIT_ERRORS;
    }
    readDiagnostics = read.diagnostics;
    // Spreadsheet diagnostics point at rows and column numbers, not characters: no code frame.
    if (kind !== 'csv') session.texts.set(read.source.path, read.source.text);
    converted =
      kind === 'csv'
        ? await convertWorkshop({ kind, text: read.source.text }, read.source.path, schemaUrl ? { schemaUrl } : {})
        : convertMermaidJourney(read.source.text, read.source.path, schemaUrl ? { schemaUrl } : {});
  }
  const diagnostics = [...readDiagnostics, ...converted.diagnostics];
  reportAll(session, diagnostics, 1);
  if (converted.yaml === undefined || hasErrors(diagnostics)) return EXIT_ERRORS;
  if (!target) {
    io.writeOut(converted.yaml);
    return EXIT_OK;
  }
  try {
    writeFileAtomic(target, new TextEncoder().encode(converted.yaml));
  } catch (error) {
    throw new UsageError(`cannot write ${flags.out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (flags.verbose) io.writeErr(`${say(wordsFor(), 'cli.wrotePath', { path: shownPath(io.cwd, target) })}\n`);
  return EXIT_OK;
}
