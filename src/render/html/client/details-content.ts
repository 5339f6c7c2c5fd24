// What the details panel shows: one touchpoint (stage, chips, texts, emotions, lists, KPIs, link)
// or, with none selected, the overview (personas legend, journey KPIs, keyboard help). Builds
// every node with createElement + textContent so journey text is never parsed as markup.
import type { KpiView, TouchpointView } from '../html-details-data.js';
import { byId, make } from './dom.js';
import type { PageData } from './page-data.js';

export interface DetailsContent {
  readonly touchpoint: (tp: TouchpointView) => void;
  readonly overview: () => void;
}

const signed = (v: number): string => (v > 0 ? `+${v}` : String(v));

const emotionWord = (v: number): string =>
  v <= -1.5 ? 'very negative' : v <= -0.5 ? 'negative' : v < 0.5 ? 'neutral' : v < 1.5 ? 'positive' : 'very positive';

/** The persona the switcher shows ('' = all personas, or no switcher). */
function personaFilter(): string {
  const select = byId<HTMLSelectElement>('jmp-persona');
  return select ? select.value : '';
}

/** Fills `panel`; `onClose` runs when the touchpoint view's close button is pressed. */
export function detailsContent(panel: HTMLElement, page: PageData, onClose: () => void): DetailsContent {
  const { data, personas } = page;

  function section(title: string, className: string, content: HTMLElement): void {
    const s = make('section', `jmp-section${className ? ` ${className}` : ''}`);
    s.appendChild(make('h3', '', title));
    s.appendChild(content);
    panel.appendChild(s);
  }
  function text(title: string, value: string | undefined, className = ''): void {
    if (value) section(title, className, make('p', '', value));
  }
  function list(title: string, items: readonly string[] | undefined, className = ''): void {
    if (!items || !items.length) return;
    const ul = make('ul');
    items.forEach((item) => ul.appendChild(make('li', '', item)));
    section(title, className, ul);
  }
  function emotions(tp: TouchpointView): void {
    if (!tp.emotions.length) return;
    const ul = make('ul', 'jmp-emotions');
    const only = personaFilter();
    tp.emotions.forEach((e) => {
      const p = personas.get(e.persona) ?? { name: e.persona, color: '#888' };
      const li = make('li', `jmp-emotion${only && only !== e.persona ? ' jmp-persona-dim' : ''}`);
      li.appendChild(make('span', 'jmp-emotion-name', p.name));
      const bar = make('span', 'jmp-emotion-bar');
      const fill = make('span', 'jmp-emotion-fill');
      const half = (Math.min(2, Math.abs(e.value)) / 2) * 50;
      fill.style.left = `${e.value < 0 ? 50 - half : 50}%`;
      fill.style.width = `${half}%`;
      fill.style.background = p.color;
      bar.appendChild(fill);
      bar.setAttribute('aria-hidden', 'true');
      li.appendChild(bar);
      const value = make('span', 'jmp-emotion-value', signed(e.value));
      value.title = emotionWord(e.value);
      li.appendChild(value);
      li.appendChild(make('span', 'jmp-sr-only', ` (${emotionWord(e.value)})`));
      ul.appendChild(li);
    });
    section('Emotions', '', ul);
  }
  function kpis(title: string, items: readonly KpiView[] | undefined): void {
    if (!items || !items.length) return;
    const ul = make('ul', 'jmp-kpis');
    items.forEach((k) => {
      const li = make('li', `jmp-kpi${k.met === true ? ' jmp-kpi-met' : k.met === false ? ' jmp-kpi-missed' : ''}`);
      const left = make('span', 'jmp-kpi-name', k.name);
      // Figures come formatted (valueText, targetText) so they read exactly as on the map.
      const figures: string[] = [];
      if (k.valueText) figures.push(k.valueText);
      if (k.targetText) figures.push(`target ${k.targetText}`);
      const right = make('span', 'jmp-kpi-figures', figures.join(' · '));
      if (k.met === true || k.met === false) {
        right.appendChild(document.createTextNode(' '));
        right.appendChild(make('span', 'jmp-kpi-status', k.met ? 'Met' : 'Missed'));
      }
      li.title = `${k.better} is better${k.source ? ` · ${k.source}` : ''}`;
      li.appendChild(left);
      li.appendChild(right);
      ul.appendChild(li);
    });
    section(title, '', ul);
  }
  function closeButton(): void {
    const b = make('button', 'jmp-close', '×');
    b.type = 'button';
    b.setAttribute('aria-label', 'Close details');
    b.addEventListener('click', onClose);
    panel.appendChild(b);
  }

  function touchpoint(tp: TouchpointView): void {
    panel.replaceChildren();
    closeButton();
    panel.appendChild(make('p', 'jmp-kicker', tp.stage + (tp.channel ? ` · ${tp.channel}` : '')));
    const h = make('h2', '', tp.name);
    h.id = 'jmp-details-title';
    h.tabIndex = -1;
    panel.appendChild(h);
    const chips = make('ul', 'jmp-chips');
    if (tp.critical) chips.appendChild(make('li', 'jmp-chip jmp-chip-critical', 'Moment of truth'));
    chips.appendChild(make('li', `jmp-chip jmp-chip-${tp.evidence}`, `Evidence: ${tp.evidence}`));
    if (data.personas.length > 1 && tp.personas.length < data.personas.length) {
      tp.personas.forEach((id) => chips.appendChild(make('li', 'jmp-chip', (personas.get(id) ?? { name: id }).name)));
    }
    panel.appendChild(chips);
    text('Action', tp.action);
    text('Thought', tp.thought ? `“${tp.thought}”` : '', 'jmp-thought');
    emotions(tp);
    list('Pains', tp.pains, 'jmp-pains');
    list('Opportunities', tp.opportunities, 'jmp-opps');
    text('Frontstage', tp.frontstage);
    text('Backstage', tp.backstage);
    text('Owner', tp.owner);
    list('Systems', tp.systems);
    kpis('KPIs', tp.kpis);
    tp.fields.forEach((f) => text(f.title, f.text));
    text('Notes', tp.notes, 'jmp-notes');
    if (tp.link && /^(https?:|mailto:)/i.test(tp.link)) {
      const a = make('a', '', tp.link);
      a.href = tp.link;
      a.rel = 'noopener noreferrer';
      section('Link', '', a);
    }
  }

  function overview(): void {
    panel.replaceChildren();
    panel.appendChild(make('p', 'jmp-kicker', 'Details'));
    panel.appendChild(make('h2', '', 'Touchpoint details'));
    panel.appendChild(
      make('p', 'jmp-details-empty', 'Hover or click a touchpoint on the map, or move to it with Tab and press Enter, to see everything known about it here.'),
    );
    if (data.personas.length > 1) {
      const ul = make('ul', 'jmp-legend');
      data.personas.forEach((p) => {
        const li = make('li');
        const swatch = make('span', 'jmp-swatch');
        swatch.style.background = p.color;
        li.appendChild(swatch);
        li.appendChild(make('span', '', p.name));
        ul.appendChild(li);
      });
      section('Personas', '', ul);
    }
    kpis('Journey KPIs', data.kpis);
    section('Keyboard', '', make('p', '', 'Tab: next touchpoint · Enter: pin details · Esc: close · + / −: zoom · 0: reset view · drag or arrows: pan'));
  }

  return { touchpoint, overview };
}
