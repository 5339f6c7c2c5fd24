// Looks a word up in a catalogue and fills its `{name}` slots: the one way outputs and the CLI
// turn a message id into text. Counts pick their form with the catalogue's own plural rules.
import { type CountId, en, type WordId, type Words } from './en.js';

export type { CountId, WordId, Words } from './en.js';

type Values = Readonly<Record<string, string | number>>;

/** The catalogue for a locale; English until the locale catalogues arrive. */
export const wordsFor = (_locale?: string): Words => en;

export function say(words: Words, id: WordId, values: Values = {}): string {
  const phrase = words[id];
  // Most phrases have no slot: returned as they are, without a regular expression's pass.
  if (!phrase.includes('{')) return phrase;
  return phrase.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * A counted phrase ("1 file", "3 files"): `{n}` is the count, the form is chosen by
 * Intl.PluralRules for the catalogue's locale (French says "0 fichier", Japanese has one form).
 * Forms a locale does not use (a Japanese `.one`) are never asked for; `.other` is the fallback.
 */
export function sayCount(words: Words, id: CountId, n: number, values: Values = {}): string {
  const category = pluralCategory(words['meta.locale'], n);
  const form: WordId = category === 'one' ? `${id}.one` : `${id}.other`;
  return say(words, form, { ...values, n });
}

/**
 * Intl.PluralRules' category for n. English whole numbers are answered without it (one for 1 and
 * -1, else other: CLDR's rule for every en tag): creating the first PluralRules loads ICU's plural
 * data, milliseconds of every English build for the words "1 file".
 */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  if (Number.isInteger(n) && (locale === 'en' || locale.startsWith('en-'))) return Math.abs(n) === 1 ? 'one' : 'other';
  return new Intl.PluralRules(locale).select(n);
}
