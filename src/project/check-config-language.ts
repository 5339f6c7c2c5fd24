// The config's `locale` and `labels:` checked where they are written, like a journey's fields:
// the locale as a journey's (model/check-locale.ts), and each label key a message id of the
// catalogue (src/words/en.ts), else unknown-label with the closest id as a did-you-mean.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { suggestionHint } from '../diagnostics/did-you-mean.js';
import { checkLocale } from '../model/check-locale.js';
import type { ParsedFile } from '../source/parse-source.js';
import { en } from '../words/en.js';

/** Ids a label may replace: every word but the catalogue's own locale tag. */
const LABEL_IDS = Object.keys(en).filter((id) => id !== 'meta.locale');

export function checkConfigLanguage(
  parsed: ParsedFile,
  config: { readonly locale?: string; readonly labels?: Readonly<Record<string, string>> },
): Diagnostic[] {
  const out = checkLocale(parsed, config.locale);
  for (const id of Object.keys(config.labels ?? {})) {
    if (LABEL_IDS.includes(id)) continue;
    out.push({
      code: 'unknown-label',
      severity: 'error',
      message: `label "${id}" is not a message id of the word catalogue`,
      span: parsed.locate(['labels', id], 'key'),
      hint: suggestionHint(
        id,
        LABEL_IDS,
        'the ids are the keys of src/words/en.ts, listed in docs/language.md ("Every language and script")',
      ),
    });
  }
  return out;
}
