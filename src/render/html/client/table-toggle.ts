// The table view toggle: the same journey as a table, swapped in for the map (and back).
import { need } from './dom.js';
import type { Say } from './words.js';
import type { ZoomPan } from './zoom-pan.js';

export function setUpTableToggle(view: ZoomPan, say: Say): void {
  const root = document.documentElement;
  const toggle = need('jmp-table-toggle');
  toggle.addEventListener('click', () => {
    const show = !root.classList.contains('jmp-show-table');
    root.classList.toggle('jmp-show-table', show);
    toggle.setAttribute('aria-pressed', String(show));
    toggle.textContent = say(show ? 'html.mapView' : 'html.tableView');
    if (!show) view.apply();
  });
}
