// What validate and lint share: read and load every input of a session, run extra rules on each
// journey that loaded without errors, and report all diagnostics. Writes no artifact.
import { loadSource } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';
import { readInput } from './read-input.js';
import { reportAll, type Session, sessionInputs } from './session.js';

export interface CheckedJourneys {
  /** Every diagnostic reported, from reading, loading and the rules. */
  readonly diagnostics: readonly Diagnostic[];
  /** How many journey files were checked. */
  readonly files: number;
}

/** Checks the journeys `paths` name (see sessionInputs); `rules` only sees journeys without load errors. */
export async function checkJourneys(
  session: Session,
  paths: readonly string[],
  rules: (journey: Journey) => readonly Diagnostic[] = () => [],
): Promise<CheckedJourneys> {
  const inputs = await sessionInputs(session, paths);
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const read = await readInput(input, session.io);
    diagnostics.push(...read.diagnostics);
    if (!read.source) continue;
    session.texts.set(read.source.path, (read.shown ?? read.source).text);
    const loaded = loadSource(read.source, session.host);
    diagnostics.push(...loaded.diagnostics);
    // Rules only mean something on a journey that loaded without errors.
    if (loaded.journey) diagnostics.push(...rules(loaded.journey));
  }
  reportAll(session, diagnostics, inputs.length);
  return { diagnostics, files: inputs.length };
}
