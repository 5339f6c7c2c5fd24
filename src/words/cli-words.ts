// The terminal's words (status lines `cli.*` and the `journeymap show` listing `show.*`) that every
// locale catalogue takes from English: see the note in each catalogue's header for why.
import { en, type WordId } from './en.js';

export type CliWordId = Extract<WordId, `cli.${string}` | `show.${string}`>;

const isCli = (id: string): id is CliWordId => id.startsWith('cli.') || id.startsWith('show.');

export const cliWords = Object.fromEntries(Object.entries(en).filter(([id]) => isCli(id))) as { readonly [K in CliWordId]: string };
