// `journeymap show <file>`: the map in the terminal (show/show-journey.ts), as wide as standard
// output (80 columns when piped), coloured by chalk's rules. A broken file gets the same
// diagnostics as build (exit 1) and prints no map. Of a Markdown file, its first ```journey fence.
import { loadSource } from '../../compile.js';
import { type Diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import type { Persona } from '../../model/journey.js';
import { chalkFor } from '../color.js';
import type { CliIo } from '../io.js';
import { isMarkdownFile, readJourneyFile } from '../read-journey-file.js';
import { namedFile } from '../read-named-file.js';
import { openSession, reportAll } from '../session.js';
import { type Paint, showJourney } from '../show/show-journey.js';
import { EXIT_ERRORS, EXIT_OK } from '../usage-error.js';
import type { CommonFlags } from './flags.js';

export const PIPED_COLUMNS = 80;

function paintFor(io: CliIo): Paint {
  const c = chalkFor('stdout', io.env);
  return {
    title: c.bold,
    heading: c.bold.underline,
    dim: c.dim,
    pain: c.red,
    opportunity: c.green,
    critical: c.yellow,
    met: c.green,
    missed: c.red,
    persona: (persona: Persona, text: string) => (persona.color?.startsWith('#') ? c.hex(persona.color)(text) : c.cyan(text)),
  };
}

export async function runShow(file: string, flags: CommonFlags, io: CliIo): Promise<number> {
  const opened = await openSession(io, { flags, stdoutTaken: true });
  if (!opened.session) return EXIT_ERRORS;
  const session = opened.session;
  const diagnostics: Diagnostic[] = [];
  const read = await readJourneyFile(namedFile(file, io.cwd, session.root), io, isMarkdownFile(file));
  diagnostics.push(...read.diagnostics);
  const loaded = read.source ? loadSource(read.source, session.host) : undefined;
  if (read.source) session.texts.set(read.source.path, (read.shown ?? read.source).text);
  diagnostics.push(...(loaded?.diagnostics ?? []));
  reportAll(session, diagnostics, 1);
  if (!loaded?.journey || hasErrors(diagnostics)) return EXIT_ERRORS;
  const width = io.columns !== undefined && io.columns > 0 ? io.columns : PIPED_COLUMNS;
  io.writeOut(`${showJourney(loaded.journey, { width, paint: paintFor(io) }).join('\n')}\n`);
  return EXIT_OK;
}
