// The details panel's behaviour: touchpoints on the map become focusable buttons, and hovering,
// focusing, clicking, Enter or Space shows a touchpoint's details (a click or key pins them;
// Escape or the close button closes them and returns focus to the touchpoint).
import { kindSelector } from '../../svg/scene-selectors.js';
import { detailsContent } from './details-content.js';
import { elementOf, need, refOf } from './dom.js';
import type { PageData } from './page-data.js';
import { sayFrom } from './words.js';

export interface DetailsPanel {
  /** Redraws what is shown (e.g. after the persona switcher changed). */
  readonly refresh: () => void;
  /** Makes the first visible cell of each touchpoint the one Tab stops at (after lanes changed). */
  readonly updateFocusTargets: () => void;
}

const TOUCHPOINT = kindSelector('touchpoint');

/**
 * The text a cell shows (channel, name), as its button's name starts with it, so speech and sight
 * agree. Its <text> elements get a trailing space (invisible in SVG) so their text reads as words.
 */
function shownText(el: SVGElement): string {
  const texts = Array.from(el.querySelectorAll('text'));
  texts.slice(0, -1).forEach((t) => {
    if (!/\s$/.test(t.textContent ?? '')) t.appendChild(document.createTextNode(' '));
  });
  return texts
    .map((t) => t.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A button holds no other control: while a cell is one, its links (the touchpoint's link and its
 * detail map, both also in the details panel) keep their href aside.
 */
function setLinksInert(el: SVGElement, inert: boolean): void {
  el.querySelectorAll('a').forEach((a) => {
    const href = a.getAttribute(inert ? 'href' : 'data-jmp-href');
    if (href === null) return;
    a.setAttribute(inert ? 'data-jmp-href' : 'href', href);
    a.removeAttribute(inert ? 'href' : 'data-jmp-href');
  });
}

/** A touchpoint's Tab stop: a button that opens the details panel, named as given. */
function makeButton(el: SVGElement, label: string): void {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  setLinksInert(el, true);
  el.setAttribute('aria-controls', 'jmp-details');
}

/** Any other cell of a touchpoint (hidden lane, or not its first visible cell): no Tab stop, links back. */
function makePlain(el: SVGElement): void {
  el.removeAttribute('tabindex');
  el.removeAttribute('aria-controls');
  setLinksInert(el, false);
  // A label needs a role: a cell with text is a group, a drawing (a band, a mark) a picture.
  if (el.hasAttribute('aria-label')) el.setAttribute('role', el.querySelector('text') ? 'group' : 'img');
  else el.removeAttribute('role');
}

/** Hover and focus preview a touchpoint (leaving it goes back to the pinned one); a click, Enter or Space pins it. */
function listenOnMap(
  svg: SVGSVGElement,
  touchpointOf: (target: EventTarget | null) => SVGElement | null,
  on: { preview(id: string): void; revert(): void; pin(el: SVGElement): void },
): void {
  svg.addEventListener('mouseover', (e) => {
    const el = touchpointOf(e.target);
    if (el) on.preview(refOf(el));
    else on.revert();
  });
  svg.addEventListener('mouseleave', () => on.revert());
  svg.addEventListener('focusin', (e) => {
    const el = touchpointOf(e.target);
    if (el) on.preview(refOf(el));
  });
  svg.addEventListener('focusout', (e) => {
    if (!touchpointOf(e.relatedTarget)) on.revert();
  });
  svg.addEventListener('click', (e) => {
    const el = touchpointOf(e.target);
    if (el) on.pin(el);
  });
  svg.addEventListener('keydown', (e) => {
    const el = touchpointOf(e.target);
    if (el && (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar')) {
      e.preventDefault();
      on.pin(el);
    }
  });
}

export function createDetailsPanel(svg: SVGSVGElement, page: PageData): DetailsPanel {
  const { touchpoints } = page;
  const say = sayFrom(page.data.words);
  const panel = need('jmp-details');
  const live = need('jmp-live');
  let pinned: string | null = null;
  let shown: string | null = null;
  let returnFocus: SVGElement | null = null;
  const cells = Array.from(svg.querySelectorAll<SVGElement>(TOUCHPOINT));
  const content = detailsContent(panel, page, () => close(true));

  /** The touchpoint group an event happened in, if it is on the map. */
  function touchpointOf(target: EventTarget | null): SVGElement | null {
    const el = elementOf(target)?.closest<SVGElement>(TOUCHPOINT) ?? null;
    return el && svg.contains(el) ? el : null;
  }
  function mark(): void {
    cells.forEach((el) => {
      el.classList.toggle('jmp-active', refOf(el) === shown);
      el.classList.toggle('jmp-selected', pinned !== null && refOf(el) === pinned && el.getAttribute('tabindex') === '0');
    });
  }
  function show(id: string | null): void {
    const tp = id === null ? undefined : touchpoints.get(id);
    shown = tp ? id : null;
    if (tp) content.touchpoint(tp);
    else content.overview();
    mark();
  }
  function preview(id: string | null): void {
    if (id !== shown) show(id);
  }
  function revert(): void {
    if (shown !== pinned) show(pinned);
  }
  function pin(el: SVGElement): void {
    const id = refOf(el);
    const tp = touchpoints.get(id);
    if (!tp) return;
    pinned = id;
    // Focus returns to the touchpoint's Tab stop: the cell clicked may not be focusable (a cell in
    // another lane, the moment-of-truth band over the column).
    returnFocus = cells.find((c) => refOf(c) === id && c.getAttribute('tabindex') === '0') ?? el;
    show(id);
    live.textContent = say('client.showing', { touchpoint: tp.name });
  }
  function close(restoreFocus: boolean): void {
    const hadFocus = panel.contains(document.activeElement);
    pinned = null;
    show(null);
    live.textContent = say('client.closed');
    if ((restoreFocus || hadFocus) && returnFocus) returnFocus.focus();
  }
  function updateFocusTargets(): void {
    const seen = new Set<string>();
    cells.forEach((el) => {
      const id = refOf(el);
      const tp = touchpoints.get(id);
      const visible = !el.closest('.jmp-lane-hidden');
      if (visible && tp && !seen.has(id)) {
        seen.add(id);
        makeButton(el, say('client.showDetails', { touchpoint: shownText(el) || tp.name, stage: tp.stage }));
      } else {
        makePlain(el);
      }
    });
    mark();
  }

  listenOnMap(svg, touchpointOf, { preview, revert, pin });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && (pinned !== null || shown !== null)) {
      e.preventDefault();
      close(false);
    }
  });
  updateFocusTargets();
  show(null);
  return { refresh: () => show(shown), updateFocusTargets };
}
