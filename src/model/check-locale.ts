// Checks a `locale` (a journey's or the config's) where it is written: a tag Intl cannot read is
// invalid-value; a valid tag whose language has no word catalogue gets English words and a
// locale-words-missing warning (its numbers and dates still follow the tag). Pure.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CATALOGUE_LOCALES } from '../schema/locales.js';
import type { ParsedFile } from '../source/parse-source.js';

export function checkLocale(parsed: ParsedFile, locale: string | undefined): Diagnostic[] {
  if (locale === undefined) return [];
  const span = parsed.locate(['locale']);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined) {
    return [
      {
        code: 'invalid-value',
        severity: 'error',
        message: `locale "${locale}" is not a valid BCP 47 language tag`,
        span,
        hint: 'write a language tag such as de, fr-CA, pt-BR or ja',
      },
    ];
  }
  const language = canonical.split('-')[0]!.toLowerCase();
  if ((CATALOGUE_LOCALES as readonly string[]).includes(language)) return [];
  return [
    {
      code: 'locale-words-missing',
      severity: 'warning',
      message: `there is no word catalogue for locale "${locale}": the map's words are English, its numbers and dates follow ${canonical}`,
      span,
      hint: `built-in catalogues: ${CATALOGUE_LOCALES.join(', ')}; \`labels:\` in journeymap.config.yaml can word the map in any language`,
    },
  ];
}
