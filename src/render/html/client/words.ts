// The page script's only way to words: the catalogue entries the page's JSON data carries
// (DetailsData.words, chosen by html-details-data.ts), with `{slot}`s filled as words/say.ts does.
import type { ClientWordId, ClientWords } from '../html-details-data.js';

export type Say = (id: ClientWordId, values?: Readonly<Record<string, string>>) => string;

export const sayFrom =
  (words: ClientWords): Say =>
  (id, values = {}) =>
    words[id].replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
