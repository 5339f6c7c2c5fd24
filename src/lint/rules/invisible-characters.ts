// Warns about characters a reader of the source cannot see but that change what the map says or
// how it reads (U+202E reorders "txt.exe" into view as "exe.txt"; U+200B hides inside a word),
// at the exact character, naming it. Consecutive ones are one warning; at most 20 per file.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Journey } from '../../model/journey.js';
import type { LintRule } from '../lint-rule.js';

type InvisibleCharacter = NonNullable<Journey['invisibleCharacters']>[number];

const MAX_PER_FILE = 20;

/** Runs of adjacent occurrences (a raw "\u202E\u200B" pair is one place to fix). */
function runs(found: readonly InvisibleCharacter[]): InvisibleCharacter[][] {
  const out: InvisibleCharacter[][] = [];
  for (const one of found) {
    const last = out.at(-1);
    const previous = last?.at(-1);
    if (last && previous && previous.span.file === one.span.file && previous.span.end.offset === one.span.start.offset) last.push(one);
    else out.push([one]);
  }
  return out;
}

function warning(run: readonly InvisibleCharacter[], more: number): Diagnostic {
  const first = run[0] as InvisibleCharacter;
  const last = run.at(-1) as InvisibleCharacter;
  const names = [...new Set(run.map((c) => c.name))].join(', ');
  const what = run.length === 1 ? `invisible character ${names}` : `${run.length} invisible characters (${names})`;
  const effect = run.some((c) => c.bidi)
    ? 'it changes the direction of the text around it, so the map can read differently from what the source seems to say'
    : 'it cannot be seen, so the text holds more than it shows';
  const written = first.escaped ? ' (written as an escape)' : '';
  return {
    code: 'invisible-characters',
    severity: 'warning',
    message: `${what}${written}: ${effect}${more > 0 ? ` (${more} more in this file not listed)` : ''}`,
    span: { file: first.span.file, start: first.span.start, end: last.span.end },
    hint: first.escaped
      ? 'remove the escape unless the text needs it'
      : 'delete it unless the text needs it (right-to-left scripts may); editors show it with "render control characters"',
  };
}

export const invisibleCharacters: LintRule = {
  code: 'invisible-characters',
  description: 'A bidi control or zero-width character hides or reorders text (U+202E, U+200B…).',
  check(journey) {
    const byFile = new Map<string, InvisibleCharacter[][]>();
    for (const run of runs(journey.invisibleCharacters ?? [])) {
      const file = run[0]?.span.file ?? journey.file;
      byFile.set(file, [...(byFile.get(file) ?? []), run]);
    }
    return [...byFile.values()].flatMap((fileRuns) =>
      fileRuns.slice(0, MAX_PER_FILE).map((run, i) => warning(run, i === MAX_PER_FILE - 1 ? fileRuns.length - MAX_PER_FILE : 0)),
    );
  },
};
