// DOM helpers shared by the page script's modules: element lookup by id, element building with
// textContent only (journey text is never parsed as markup), and a map group's data-kind/data-ref.

/** The element with this id, or null. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;

/** The element with this id; the page always has it, so a missing one is a broken page. */
export function need<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = byId<T>(id);
  if (!el) throw new Error(`journeymap page: #${id} is missing`);
  return el;
}

/** A new element with an optional class and text (set as textContent, never as markup). */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string | number | null,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = String(text);
  return el;
}

/** The group's data-kind: the kind of entity it stands for ('' when none). */
export const kindOf = (el: Element): string => el.getAttribute('data-kind') || '';

/** The group's entity id: its data-ref, without a leading '<kind>:' should one be there. */
export function refOf(el: Element): string {
  const ref = el.getAttribute('data-ref') || '';
  const prefix = `${kindOf(el)}:`;
  return ref.indexOf(prefix) === 0 ? ref.slice(prefix.length) : ref;
}

/** The event target as an Element, when it is one. */
export const elementOf = (target: EventTarget | null): Element | null => (target instanceof Element ? target : null);
