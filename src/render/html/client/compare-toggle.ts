// As-is vs to-be: the button that hides and shows the current state's faint emotion curves and
// their legend entry (key C anywhere outside a form field). Absent without `compare`.
import { roleSelector } from '../../svg/scene-selectors.js';
import { byId } from './dom.js';

export function setUpCompareToggle(svg: SVGSVGElement): void {
  const toggle = byId<HTMLButtonElement>('jmp-compare-toggle');
  if (!toggle) return;
  const marks = svg.querySelectorAll<SVGGElement>(`${roleSelector('compare-curve')}, ${roleSelector('compare-legend')}`);
  const set = (show: boolean): void => {
    toggle.setAttribute('aria-pressed', String(show));
    // The SVG `display` attribute: no inline style, which the page's CSP does not allow.
    marks.forEach((g) => (show ? g.removeAttribute('display') : g.setAttribute('display', 'none')));
  };
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-pressed') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'c' && e.key !== 'C') return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as Element | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    set(toggle.getAttribute('aria-pressed') !== 'true');
  });
}
