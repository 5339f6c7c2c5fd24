// The persona switcher: with one persona chosen, other personas' touchpoint cells and legend
// entries are dimmed (kept for context), their curves and markers inside lanes hidden, and the
// table rows of touchpoints the persona does not take part in dimmed.
import { kindSelector, roleSelector } from '../../svg/scene-selectors.js';
import type { DetailsPanel } from './details-panel.js';
import { byId } from './dom.js';
import type { PageData } from './page-data.js';

/** A group's data-personas, or null when it has none (it belongs to every persona). */
function personasOf(el: Element): string[] | null {
  const raw = (el.getAttribute('data-personas') || '').trim();
  return raw ? raw.split(/[\s,]+/) : null;
}

export function setUpPersonaSwitcher(svg: SVGSVGElement, page: PageData, details: DetailsPanel): void {
  const select = byId<HTMLSelectElement>('jmp-persona');
  if (!select) return;
  function applyPersona(id: string): void {
    svg.querySelectorAll('[data-personas]').forEach((el) => {
      const list = personasOf(el);
      const off = id !== '' && list !== null && list.indexOf(id) < 0;
      // Curves and markers inside lanes go; touchpoints and legend entries stay, dimmed, for context.
      const dim = el.matches(kindSelector('touchpoint')) || !el.closest(roleSelector('lane'));
      el.classList.toggle('jmp-persona-dim', off && dim);
      el.classList.toggle('jmp-persona-hidden', off && !dim);
    });
    document.querySelectorAll('.jmp-table tr[data-ref]').forEach((row) => {
      const tp = page.touchpoints.get(row.getAttribute('data-ref') ?? '');
      row.classList.toggle('jmp-persona-dim', id !== '' && !!tp && tp.personas.indexOf(id) < 0);
    });
    details.refresh();
  }
  select.addEventListener('change', () => applyPersona(select.value));
}
