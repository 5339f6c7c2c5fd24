// What validate and lint share: read and load every input of a session, run extra rules on each
// journey that loaded without errors, and report all diagnostics. Writes no artifact.
import { loadSource } from '../compile.js';
import { type Diagnostic, diagnosticKey } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';
import { createLinkedLoads } from '../model/linked-loads.js';
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
  // As in a build: a journey others link to loads once, and each problem is reported once.
  const links = createLinkedLoads();
  const seen = new Set<string>();
  const report = (found: readonly Diagnostic[]): void => {
    for (const d of found) {
      const key = diagnosticKey(d);
      if (!seen.has(key)) diagnostics.push(d);
      seen.add(key);
    }
  };
  for (const input of inputs) {
    const read = await readInput(input, session.io);
    report(read.diagnostics);
    if (!read.source) continue;
    session.texts.set(read.source.path, (read.shown ?? read.source).text);
    const loaded = loadSource(read.source, session.host, links);
    report(loaded.diagnostics);
    // Rules only mean something on a journey that loaded without errors.
    if (loaded.journey) report(rules(loaded.journey));
  }
  reportAll(session, diagnostics, inputs.length);
  return { diagnostics, files: inputs.length };
}
