// A link to one touchpoint (`page.html#tp-<id>`, from the portfolio site's views) scrolls the map
// to it, highlights it and shows its details; so does a later change of the hash.
import { kindSelector } from '../../svg/scene-selectors.js';
import { refOf } from './dom.js';

const TOUCHPOINT = kindSelector('touchpoint');
const PREFIX = '#tp-';

export function setUpTouchpointTarget(svg: SVGSVGElement): void {
  const cells = Array.from(svg.querySelectorAll<SVGElement>(TOUCHPOINT));
  function go(): void {
    cells.forEach((el) => el.classList.remove('jmp-target'));
    const hash = location.hash;
    if (hash.indexOf(PREFIX) !== 0) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(PREFIX.length));
    } catch {
      return;
    }
    const matching = cells.filter((el) => refOf(el) === id);
    const stop = matching.find((el) => el.getAttribute('tabindex') === '0');
    if (!stop) return;
    matching.forEach((el) => el.classList.add('jmp-target'));
    // Focus pans the map to it (zoom-pan); a click pins its details.
    stop.focus();
    stop.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }
  window.addEventListener('hashchange', go);
  go();
}
