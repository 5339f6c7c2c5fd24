// Zoom and pan: one CSS transform on the canvas; the viewport clips. Buttons, + / − / 0 keys,
// ctrl+wheel zoom; drag, wheel and arrow keys pan; focus moving to a touchpoint pans it into view.
// Pan is clamped so the map never leaves the view entirely.
import { elementOf, need } from './dom.js';

export interface ZoomPan {
  /** Clamps and applies the current view (e.g. after the viewport reappeared). */
  readonly apply: () => void;
  /** Re-reads the map's size after lanes were hidden or shown, then applies the view. */
  readonly mapResized: () => void;
  /** The opening view: fills the width or the height, never past 100%. */
  readonly reset: () => void;
}

const MARGIN = 24;

/** Arrow keys pan by a step (shift: a larger one); the map moves opposite to the arrow. */
function arrowMove(key: string, step: number): readonly [number, number] | undefined {
  switch (key) {
    case 'ArrowLeft':
      return [step, 0];
    case 'ArrowRight':
      return [-step, 0];
    case 'ArrowUp':
      return [0, step];
    case 'ArrowDown':
      return [0, -step];
    default:
      return undefined;
  }
}

/**
 * How far to pan so a rectangle lies inside the viewport, MARGIN from its edges (its top-left
 * edge wins when it is larger than the viewport).
 */
function panToShow(r: DOMRect, v: DOMRect): [number, number] {
  let dx = 0;
  let dy = 0;
  if (r.right > v.right - MARGIN) dx = v.right - MARGIN - r.right;
  if (r.left + dx < v.left + MARGIN) dx = v.left + MARGIN - r.left;
  if (r.bottom > v.bottom - MARGIN) dy = v.bottom - MARGIN - r.bottom;
  if (r.top + dy < v.top + MARGIN) dy = v.top + MARGIN - r.top;
  return [dx, dy];
}

/** Dragging with the main button pans (after a few pixels, so a click stays a click); the click that ends a drag is swallowed. */
function dragToPan(viewport: HTMLElement, view: { x: number; y: number }, applyView: () => void): void {
  let drag: { id: number; x: number; y: number; vx: number; vy: number; moved: boolean } | null = null;
  let suppressClick = false;
  viewport.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!drag || drag.id !== e.pointerId) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      viewport.setPointerCapture(e.pointerId);
      viewport.classList.add('jmp-dragging');
    }
    view.x = drag.vx + dx;
    view.y = drag.vy + dy;
    applyView();
  });
  function endDrag(e: PointerEvent): void {
    if (!drag || drag.id !== e.pointerId) return;
    suppressClick = drag.moved;
    viewport.classList.remove('jmp-dragging');
    drag = null;
  }
  viewport.addEventListener('pointerup', endDrag);
  viewport.addEventListener('pointercancel', endDrag);
  // A drag ends with a click on whatever is under the pointer: swallow it.
  viewport.addEventListener(
    'click',
    (e) => {
      if (suppressClick) {
        e.stopPropagation();
        e.preventDefault();
        suppressClick = false;
      }
    },
    true,
  );
}

/** + / = zoom in, - / _ zoom out, 0 the opening view: not while typing in a field, with a modifier, or in the table view. */
function zoomKeys(root: HTMLElement, zoomCenter: (factor: number) => void, reset: () => void): void {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const tag = elementOf(e.target)?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (root.classList.contains('jmp-show-table')) return;
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomCenter(1.25);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoomCenter(0.8);
    } else if (e.key === '0') {
      e.preventDefault();
      reset();
    }
  });
}

export function createZoomPan(svg: SVGSVGElement): ZoomPan {
  const root = document.documentElement;
  const viewport = need('jmp-viewport');
  const canvas = need('jmp-canvas');
  const zoomLevel = need('jmp-zoom-level');
  const box = svg.viewBox?.baseVal?.width ? svg.viewBox.baseVal : null;
  let mapW = svg.width.baseVal.value || (box ? box.width : 1000);
  let mapH = svg.height.baseVal.value || (box ? box.height : 600);
  const view = { scale: 1, x: 0, y: 0 };

  const bounds = (): { w: number; h: number } => ({ w: viewport.clientWidth, h: viewport.clientHeight });
  function clampView(): void {
    const b = bounds();
    const w = mapW * view.scale;
    const h = mapH * view.scale;
    view.x = w + 2 * MARGIN <= b.w ? (b.w - w) / 2 : Math.min(MARGIN, Math.max(b.w - w - MARGIN, view.x));
    view.y = h + 2 * MARGIN <= b.h ? MARGIN : Math.min(MARGIN, Math.max(b.h - h - MARGIN, view.y));
  }
  function applyView(): void {
    clampView();
    canvas.style.transform = `translate(${view.x.toFixed(1)}px, ${view.y.toFixed(1)}px) scale(${view.scale.toFixed(4)})`;
    zoomLevel.textContent = `${Math.round(view.scale * 100)}%`;
  }
  function fitScales(): { w: number; h: number } {
    const b = bounds();
    return { w: Math.max(0.02, (b.w - 2 * MARGIN) / mapW), h: Math.max(0.02, (b.h - 2 * MARGIN) / mapH) };
  }
  // The whole map; and the opening view, which fills the width or the height (wide maps stay
  // readable and pan sideways) but never enlarges past 100%.
  function fitScale(): number {
    const f = fitScales();
    return Math.min(1, f.w, f.h);
  }
  function fillScale(): number {
    const f = fitScales();
    return Math.min(1, Math.max(f.w, f.h));
  }
  function zoomAt(factor: number, cx: number, cy: number): void {
    const next = Math.min(4, Math.max(Math.min(0.1, fitScale()), view.scale * factor));
    view.x = cx - (cx - view.x) * (next / view.scale);
    view.y = cy - (cy - view.y) * (next / view.scale);
    view.scale = next;
    applyView();
  }
  function zoomCenter(factor: number): void {
    const b = bounds();
    zoomAt(factor, b.w / 2, b.h / 2);
  }
  function fit(): void {
    view.scale = fitScale();
    view.x = MARGIN;
    view.y = MARGIN;
    applyView();
  }
  function reset(): void {
    view.scale = fillScale();
    view.x = MARGIN;
    view.y = MARGIN;
    applyView();
  }
  function panBy(dx: number, dy: number): void {
    view.x += dx;
    view.y += dy;
    applyView();
  }

  need('jmp-zoom-in').addEventListener('click', () => zoomCenter(1.25));
  need('jmp-zoom-out').addEventListener('click', () => zoomCenter(0.8));
  need('jmp-zoom-fit').addEventListener('click', fit);
  viewport.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const r = viewport.getBoundingClientRect();
      if (e.ctrlKey || e.metaKey) zoomAt(Math.exp(-e.deltaY * 0.0025), e.clientX - r.left, e.clientY - r.top);
      else if (e.shiftKey && !e.deltaX) panBy(-e.deltaY, 0);
      else panBy(-e.deltaX, -e.deltaY);
    },
    { passive: false },
  );

  dragToPan(viewport, view, applyView);
  viewport.addEventListener('keydown', (e) => {
    const move = arrowMove(e.key, e.shiftKey ? 200 : 60);
    if (e.target === viewport && move) {
      e.preventDefault();
      panBy(move[0], move[1]);
    }
  });
  zoomKeys(root, zoomCenter, reset);
  // Focus moves (Tab) would scroll the clipped viewport natively and fight the transform: undo any
  // native scroll and pan the focused touchpoint into view instead.
  viewport.addEventListener('scroll', () => {
    viewport.scrollTop = 0;
    viewport.scrollLeft = 0;
  });
  svg.addEventListener('focusin', (e) => {
    const target = elementOf(e.target);
    if (!target) return;
    const [dx, dy] = panToShow(target.getBoundingClientRect(), viewport.getBoundingClientRect());
    if (dx || dy) panBy(dx, dy);
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => applyView()).observe(viewport);

  return {
    apply: applyView,
    mapResized: () => {
      mapW = svg.width.baseVal.value || mapW;
      mapH = svg.height.baseVal.value || mapH;
      applyView();
    },
    reset,
  };
}
