// Warns about a cell text longer than a map cell can show legibly (names, lane texts, list items,
// custom fields, stage objectives, failure points and recovery). One warning per offending field, at its value.
import type { Span } from '../../diagnostics/diagnostic.js';
import type { LintRule } from '../lint-rule.js';
import { lintWarning, spanAt } from '../lint-rule.js';

/** Characters; about five wrapped lines in a default-width cell. */
export const LONG_TEXT_LIMIT = 160;

interface Text {
  readonly owner: string;
  readonly field: string;
  readonly text: string;
  readonly span: Span | undefined;
}

export const longText: LintRule = {
  code: 'long-text',
  description: `A text over ${LONG_TEXT_LIMIT} characters: hard to read in a map cell.`,
  check(journey) {
    const texts: Text[] = journey.stages.flatMap((stage) => {
      const own = (field: string, text: string | undefined): Text[] =>
        text === undefined ? [] : [{ owner: `stage "${stage.id}"`, field, text, span: spanAt(stage, field) }];
      return [
        ...own('name', stage.name),
        ...own('objective', stage.objective),
        ...stage.touchpoints.flatMap((tp) => {
          const at = (field: string, text: string | undefined): Text[] =>
            text === undefined ? [] : [{ owner: `touchpoint "${tp.id}"`, field, text, span: spanAt(tp, field) }];
          const list = (field: string, items: readonly string[]): Text[] => items.flatMap((item, i) => at(`${field}[${i}]`, item));
          return [
            ...at('name', tp.name),
            ...at('action', tp.action),
            ...at('thought', tp.thought),
            ...list('pains', tp.pains),
            ...list('opportunities', tp.opportunities),
            ...at('frontstage', tp.frontstage),
            ...at('backstage', tp.backstage),
            ...at('owner', tp.owner),
            ...list('systems', tp.systems),
            ...at('notes', tp.notes),
            ...list('fails', tp.fails),
            ...at('recovery', tp.recovery),
            ...Object.entries(tp.fields).flatMap(([lane, text]) => at(`fields.${lane}`, text)),
          ];
        }),
      ];
    });
    // Length in code points, so emoji and accents count as one character each.
    return texts
      .filter((t) => [...t.text].length > LONG_TEXT_LIMIT)
      .map((t) =>
        lintWarning(journey, 'long-text', `${t.owner}: ${t.field} has ${[...t.text].length} characters (over ${LONG_TEXT_LIMIT})`, {
          span: t.span,
          hint: 'shorten it, or move the detail to `notes:` or a linked document',
        }),
      );
  },
};
