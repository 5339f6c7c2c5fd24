// Looks a word up in a catalogue and fills its `{name}` slots: the one way outputs and the CLI
// turn a message id into text. Pure; no locale logic of its own.
import { en, type WordId, type Words } from './en.js';

export type { WordId, Words } from './en.js';

/** The catalogue for a locale; English until the locale catalogues arrive. */
export const wordsFor = (_locale?: string): Words => en;

export function say(words: Words, id: WordId, values: Readonly<Record<string, string | number>> = {}): string {
  return words[id].replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
