// The words of one map: the catalogue of its locale (journey `locale`, else the config's, else
// en), a regional tag taking its language's catalogue (de-AT → de, numbers as de-AT writes
// them), any other tag English words with its own dates (Intl), then the config's `labels`
// over any of them. Unknown tags and label ids are reported where they are written (model/check-
// locale.ts, project/load-config.ts); here they just fall back.
import { intlDateWords } from './date-words.js';
import { de } from './de.js';
import { en, type WordId, type Words } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';

/** Every built-in catalogue by its language subtag (schema/locales.ts lists the same), made on demand. */
export const CATALOGUES: Readonly<Record<string, () => Words>> = { en: () => en, de, fr, es, ja };

/** The config's `labels:`: message id → the words that replace the catalogue's. */
export type Labels = Readonly<Partial<Record<WordId, string>>>;

export interface LocaleOptions {
  /** The config's `locale`, used when a journey sets none. */
  readonly locale?: string;
  readonly labels?: Labels;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The words for a locale as written (undefined: en), with the config's labels over them. */
export function localeWords(locale: string | undefined, labels?: Labels): Words {
  const tag = locale === undefined ? undefined : canonical(locale);
  const language = tag?.split('-')[0]?.toLowerCase();
  const catalogue = language !== undefined ? CATALOGUES[language]?.() : en;
  let words: Words;
  if (!tag || !language) words = en;
  else if (catalogue) words = tag === catalogue['meta.locale'] ? catalogue : { ...catalogue, 'meta.locale': tag };
  else words = { ...en, ...intlDateWords(tag), 'meta.locale': tag };
  if (!labels) return words;
  const known = Object.entries(labels).filter(([id, text]) => Object.hasOwn(en, id) && id !== 'meta.locale' && typeof text === 'string');
  return known.length === 0 ? words : { ...words, ...Object.fromEntries(known) };
}
