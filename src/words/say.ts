// Looks a word up in a catalogue and fills its `{name}` slots: the one way outputs and the CLI
// turn a message id into text. Counts pick their form with the catalogue's own plural rules.
import { type CountId, en, type WordId, type Words } from './en.js';

export type { CountId, WordId, Words } from './en.js';

type Values = Readonly<Record<string, string | number>>;

/** The catalogue for a locale; English until the locale catalogues arrive. */
export const wordsFor = (_locale?: string): Words => en;

export function say(words: Words, id: WordId, values: Values = {}): string {
  return words[id].replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * A counted phrase ("1 file", "3 files"): `{n}` is the count, the form is chosen by
 * Intl.PluralRules for the catalogue's locale (French says "0 fichier", Japanese has one form).
 * Forms a locale does not use (a Japanese `.one`) are never asked for; `.other` is the fallback.
 */
export function sayCount(words: Words, id: CountId, n: number, values: Values = {}): string {
  const category = new Intl.PluralRules(words['meta.locale']).select(n);
  const form: WordId = category === 'one' ? `${id}.one` : `${id}.other`;
  return say(words, form, { ...values, n });
}
