// The fake catalogue and the check the word tests share: every catalogue value wrapped in «»
// (slots kept), and foreignWords(), which takes each «…» out (innermost first; it must match a
// catalogue template whose slots hold only journey content) and reports every other word that is
// not journey content. Used on Scenes, PDF text, the HTML page and the page script's panel.
import { en, type WordId, type Words } from '../../src/words/en.js';

export const fake: Words = Object.fromEntries(
  (Object.keys(en) as WordId[]).map((id) => [id, id === 'meta.locale' ? en[id] : `«${en[id]}»`]),
) as Words;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue value as a pattern: slots capture anything, and a line break may fall anywhere. */
const templates: RegExp[] = Object.values(fake)
  .filter((v) => v.startsWith('«'))
  .map((v) => {
    const parts = v.split(/\{\w+\}/).map((literal) => [...literal].map((ch) => (/\s/.test(ch) ? '\\s*' : `${escape(ch)}\\s?`)).join(''));
    return new RegExp(`^${parts.join('([\\s\\S]*?)')}$`);
  });

/** Every string in the journey (names, texts, units, ids, dates as written): what the user wrote. */
export function contentOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => contentOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => contentOf(v, out));
  return out;
}

/** Words of `text` that are neither a catalogue value nor journey content (empty: it passes). */
export function foreignWords(text: string, content: readonly string[]): string[] {
  const problems: string[] = [];
  const notContent = (s: string): string[] =>
    (s.replace(/\u0001/g, ' ').match(/\p{L}+/gu) ?? []).filter((run) => !content.some((c) => c.includes(run)));
  const contentWords = (s: string): void => void problems.push(...notContent(s));
  let rest = text;
  for (let guard = 0; rest.includes('«') && guard < 200; guard++) {
    const inner = /«[^«»]*»/.exec(rest);
    if (!inner) break;
    // Several templates may match ('«{lane}: {touchpoint}»' and '«Owner: {owner}»'): the text is
    // a catalogue word when one of them leaves only journey content in its slots.
    const readings = templates.flatMap((t) => {
      const m = t.exec(inner[0]);
      return m ? [m.slice(1).flatMap((slot) => notContent(slot ?? ''))] : [];
    });
    if (readings.length === 0) problems.push(inner[0]);
    else problems.push(...readings.reduce((best, r) => (r.length < best.length ? r : best)));
    rest = `${rest.slice(0, inner.index)}\u0001${rest.slice(inner.index + inner[0].length)}`;
  }
  if (/[«»]/.test(rest)) problems.push(`unbalanced: ${text}`);
  contentWords(rest.replace(/[«»]/g, ' '));
  return problems;
}
