// Lane folding: hiding a lane removes its row and closes the gap, by moving what lies below it up
// and shortening whatever spans several rows (grid rules, bands). Works from the SVG's own
// geometry (getBBox, measured once while everything is visible); never rewrites markup.
import { roleSelector } from '../../svg/scene-selectors.js';
import { refOf } from './dom.js';

export interface LaneLayout {
  /** Whether the map has a row for this lane id. */
  readonly has: (id: string) => boolean;
  readonly setHidden: (id: string, hidden: boolean) => void;
}

interface Row {
  readonly el: SVGGraphicsElement;
  readonly id: string;
  readonly top: number;
  readonly bottom: number;
  hidden: boolean;
  readonly transform: string | null;
}

/** Something beside the lanes that follows them: moved up, hidden with its row, or shortened. */
interface Item {
  readonly el: SVGGraphicsElement;
  readonly top: number;
  /** The row it lies within, if any. */
  readonly home: Row | null;
  /** The rows a rect spanning several rows covers (it is shortened by the hidden ones). */
  readonly spanned: readonly Row[];
  readonly transform: string | null;
  readonly height: string | null;
}

const EPS = 1.5;
const NON_GRAPHIC = new Set([
  'defs',
  'title',
  'desc',
  'style',
  'metadata',
  'clipPath',
  'mask',
  'linearGradient',
  'radialGradient',
  'symbol',
  'marker',
  'pattern',
]);
const LANE = roleSelector('lane');

const isGraphic = (el: Element): el is SVGGraphicsElement => typeof (el as Partial<SVGGraphicsElement>).getBBox === 'function';

export function measureLanes(svg: SVGSVGElement): LaneLayout {
  const laneEls = Array.from(svg.querySelectorAll<SVGGraphicsElement>(LANE)).filter((el) => !el.parentElement?.closest(LANE));
  const rows: Row[] = laneEls.map((el) => {
    const b = el.getBBox();
    return { el, id: refOf(el), top: b.y, bottom: b.y + b.height, hidden: false, transform: el.getAttribute('transform') };
  });
  const items = followers(laneEls, rows);
  const size = { height: svg.getAttribute('height'), viewBox: svg.getAttribute('viewBox') };
  return {
    has: (id) => rows.some((r) => r.id === id),
    setHidden: (id, hidden) => {
      rows.forEach((r) => {
        if (r.id === id) r.hidden = hidden;
      });
      relayout(svg, rows, items, size);
    },
  };
}

/** Everything else beside the lanes (their siblings), with its extent, so it can follow them. */
function followers(laneEls: readonly SVGGraphicsElement[], rows: readonly Row[]): Item[] {
  const items: Item[] = [];
  function collect(el: Element): void {
    if (NON_GRAPHIC.has(el.tagName) || !isGraphic(el) || laneEls.indexOf(el) >= 0) return;
    let b: DOMRect;
    try {
      b = el.getBBox();
    } catch {
      return;
    }
    if (b.width === 0 && b.height === 0) return;
    const top = b.y;
    const bottom = b.y + b.height;
    const home = rows.filter((r) => top >= r.top - EPS && bottom <= r.bottom + EPS)[0] ?? null;
    const spanned = rows.filter((r) => r.top >= top - EPS && r.bottom <= bottom + EPS);
    if (!home && spanned.length > 0 && el.tagName === 'g') {
      Array.from(el.children).forEach(collect);
      return;
    }
    items.push({
      el,
      top,
      home,
      spanned: !home && el.tagName === 'rect' ? spanned : [],
      transform: el.getAttribute('transform'),
      height: el.tagName === 'rect' ? el.getAttribute('height') : null,
    });
  }
  const parents = new Set(laneEls.map((el) => el.parentElement));
  parents.forEach((parent) => {
    Array.from(parent?.children ?? []).forEach((el) => {
      if (laneEls.indexOf(el as SVGGraphicsElement) < 0) collect(el);
    });
  });
  return items;
}

/** Moves an element up by dy on top of its own transform, or gives its transform back at 0. */
function move(el: Element, original: string | null, dy: number): void {
  if (dy === 0) {
    if (original === null) el.removeAttribute('transform');
    else el.setAttribute('transform', original);
    return;
  }
  el.setAttribute('transform', `translate(0 ${-dy})${original ? ` ${original}` : ''}`);
}

/** Lays the rows out for their hidden flags: hides, moves up, shortens, and shrinks the SVG by the rows hidden. */
function relayout(
  svg: SVGSVGElement,
  rows: readonly Row[],
  items: readonly Item[],
  size: { height: string | null; viewBox: string | null },
): void {
  /** How far something at y moves up: the heights of the hidden rows above it. */
  const shiftOf = (y: number): number => rows.reduce((sum, r) => (r.hidden && r.bottom <= y + EPS ? sum + (r.bottom - r.top) : sum), 0);
  rows.forEach((r) => {
    r.el.classList.toggle('jmp-lane-hidden', r.hidden);
    move(r.el, r.transform, r.hidden ? 0 : shiftOf(r.top));
  });
  items.forEach((it) => {
    const hide = !!it.home?.hidden;
    it.el.classList.toggle('jmp-lane-hidden', hide);
    move(it.el, it.transform, hide ? 0 : shiftOf(it.top));
    if (it.height !== null) {
      const cut = it.spanned.reduce((s, r) => (r.hidden ? s + (r.bottom - r.top) : s), 0);
      it.el.setAttribute('height', String(Math.max(0, parseFloat(it.height) - cut)));
    }
  });
  const total = rows.reduce((s, r) => (r.hidden ? s + (r.bottom - r.top) : s), 0);
  if (size.height) svg.setAttribute('height', String(parseFloat(size.height) - total));
  if (size.viewBox) {
    const [x, y, w, h] = size.viewBox.split(/[\s,]+/).map(Number);
    svg.setAttribute('viewBox', [x, y, w, (h ?? NaN) - total].join(' '));
  }
}
