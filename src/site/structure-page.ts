// The view of how journeys hang together: the tree of `map` links (overview → detail, each link
// through the touchpoint it details) and the `compare` pairs (current ↔ future). A link that does
// not resolve never gets here: it is a compile error of the journey that names it.
import { escapeAttribute, escapeText } from '../render/markup.js';
import { say, type Words } from '../words/say.js';
import type { SiteJourney } from './site-journey.js';
import { sitePage } from './site-layout.js';
import { pageHref, SITE_PAGES } from './site-paths.js';
import { siteTable, touchpointLink } from './site-table.js';
import { type SiteTree, siteTree } from './site-tree.js';

const FROM = SITE_PAGES.structure;
/** Stands in for a link inside a sentence while the sentence is escaped (a private-use character). */
const SLOT = '\uE000';

const mapLink = (journey: SiteJourney): string =>
  `<a href="${escapeAttribute(pageHref(FROM, journey.page))}">${escapeText(journey.title)}</a>`;

function branch(tree: SiteTree, journey: SiteJourney, seen: ReadonlySet<string>, words: Words): string {
  const links = tree.children.get(journey.file) ?? [];
  const inner = links
    .filter((l) => !seen.has(l.child))
    .map((l) => {
      const child = tree.journeys.get(l.child)!;
      const tp = journey.touchpoints.find((t) => t.id === l.touchpoint);
      const via = tp
        ? ` <span class="via">${escapeText(say(words, 'site.detailVia', { touchpoint: SLOT })).replace(SLOT, touchpointLink(FROM, journey, tp.id, tp.name))}</span>`
        : '';
      return `<li>${mapLink(child)}${via}${branch(tree, child, new Set([...seen, l.child]), words)}</li>`;
    });
  return inner.length ? `<ul>${inner.join('')}</ul>` : '';
}

export function structurePage(journeys: readonly SiteJourney[], words: Words): string {
  const tree = siteTree(journeys);
  const tops = tree.roots.filter((j) => tree.children.has(j.file));
  const treeMarkup = tops.length
    ? `<ul class="tree">${tops.map((j) => `<li>${mapLink(j)}${branch(tree, j, new Set([j.file]), words)}</li>`).join('')}</ul>`
    : `<p class="empty">${escapeText(say(words, 'site.noMapLinks'))}</p>`;
  const pairs = tree.pairs.map(([current, future]) => [mapLink(current), mapLink(future)]);
  const pairsMarkup = pairs.length
    ? siteTable(say(words, 'site.comparePairs'), [{ word: 'state.current' }, { word: 'state.future' }], pairs, words)
    : `<p class="empty">${escapeText(say(words, 'site.noPairs'))}</p>`;
  const body = [
    `<section><h2>${escapeText(say(words, 'site.mapTree'))}</h2>${treeMarkup}</section>`,
    `<section><h2>${escapeText(say(words, 'site.comparePairs'))}</h2>${pairsMarkup}</section>`,
  ].join('\n');
  return sitePage({ id: 'structure', words, body });
}
