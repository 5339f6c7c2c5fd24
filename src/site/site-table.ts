// Tables of the views across journeys, readable by screen readers: a caption, column headers with
// scope, one row per item. Cells arrive as markup already escaped by their makers (markup.ts).
import { escapeAttribute, escapeText } from '../render/markup.js';
import { say, type WordId, type Words } from '../words/say.js';
import type { SiteJourney } from './site-journey.js';
import { touchpointHref } from './site-paths.js';

export interface Column {
  readonly word: WordId;
  readonly numeric?: boolean;
}

export function siteTable(caption: string, columns: readonly Column[], rows: readonly (readonly string[])[], words: Words): string {
  if (rows.length === 0) return `<p class="empty">${escapeText(say(words, 'site.noItems'))}</p>`;
  const head = columns.map((c) => `<th scope="col">${escapeText(say(words, c.word))}</th>`).join('');
  const body = rows
    .map(
      (cells) => `<tr>${cells.map((cell, i) => (columns[i]?.numeric ? `<td class="num">${cell}</td>` : `<td>${cell}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${escapeText(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A link from a site page to one touchpoint of a journey's map. */
export const touchpointLink = (from: string, journey: SiteJourney, id: string, text: string): string =>
  `<a href="${escapeAttribute(touchpointHref(from, journey.page, id))}">${escapeText(text)}</a>`;
