/// <reference lib="dom" />
// The portfolio index's script (bundled by scripts/page-script.mjs into one IIFE, pinned by the
// site pages' CSP): filters the cards by state, owner, tag, persona and search text, sorts them,
// says how many are shown, and marks stale journeys against the viewer's clock (or the build's
// SOURCE_DATE_EPOCH when the page carries one). Holds no words: they come from the page.
import { isStale } from './stale.js';

interface Card {
  readonly el: HTMLElement;
  readonly state: string;
  readonly owner: string;
  readonly updated: string;
  readonly tags: readonly string[];
  readonly personas: readonly string[];
  readonly search: string;
}

const byId = <T extends HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;

function readCard(el: HTMLElement): Card {
  const list = (name: string): string[] => JSON.parse(el.getAttribute(name) || '[]') as string[];
  return {
    el,
    state: el.getAttribute('data-state') || '',
    owner: el.getAttribute('data-owner') || '',
    updated: el.getAttribute('data-updated') || '',
    tags: list('data-tags'),
    personas: list('data-personas'),
    search: el.getAttribute('data-search') || '',
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function main(): void {
  const list = byId<HTMLUListElement>('cards');
  const form = byId<HTMLFormElement>('filters');
  const shown = byId('shown');
  const none = byId('none');
  if (!list || !form || !shown || !none) return;
  const cards = Array.from(list.querySelectorAll<HTMLElement>('.card')).map(readCard);
  const value = (id: string): string => byId<HTMLInputElement | HTMLSelectElement>(id)?.value ?? '';
  const template = shown.getAttribute('data-template') || '{shown}/{total}';

  const epoch = Number(list.getAttribute('data-epoch') || '0');
  const now = epoch > 0 ? epoch * 1000 : Date.now();
  const days = Number(list.getAttribute('data-stale-days') || '180');
  for (const card of cards) {
    const badge = card.el.querySelector<HTMLElement>('.badge-stale');
    if (badge) badge.hidden = !isStale(card.updated || undefined, now, days);
  }

  function apply(): void {
    const q = value('q').trim().toLowerCase();
    const state = value('f-state');
    const owner = value('f-owner');
    const tag = value('f-tag');
    const persona = value('f-persona');
    let count = 0;
    for (const card of cards) {
      const visible =
        (state === '' || card.state === state) &&
        (owner === '' || card.owner === owner) &&
        (tag === '' || card.tags.indexOf(tag) >= 0) &&
        (persona === '' || card.personas.indexOf(persona) >= 0) &&
        (q === '' || card.search.indexOf(q) >= 0);
      if (card.el.hidden === visible) card.el.hidden = !visible;
      if (visible) count++;
    }
    none!.hidden = count > 0;
    shown!.textContent = template.replace('{shown}', String(count)).replace('{total}', String(cards.length));
  }

  // The page lists the cards by title in the locale's order: sorting by title restores it.
  const position = new Map(cards.map((card, i) => [card, i]));
  const byTitle = (a: Card, b: Card): number => position.get(a)! - position.get(b)!;
  function sort(): void {
    const key = value('sort');
    const ordered = cards.slice().sort((a, b) => {
      if (key === 'updated') return compareText(b.updated, a.updated) || byTitle(a, b);
      if (key === 'owner') return compareText(a.owner, b.owner) || byTitle(a, b);
      return byTitle(a, b);
    });
    const fragment = document.createDocumentFragment();
    ordered.forEach((card) => fragment.appendChild(card.el));
    list!.appendChild(fragment);
  }

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLElement | null)?.id === 'sort') sort();
    else apply();
  });
  apply();
}

main();
