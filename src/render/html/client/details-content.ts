// What the details panel shows: one touchpoint (stage, chips, texts, emotions, lists, time,
// failures, handoff, detail map, KPIs, link) or, with none selected, the overview (personas
// legend, journey KPIs, keyboard help). Builds every node with createElement + textContent so
// journey text is never parsed as markup.
import type { KpiView, TouchpointView } from '../html-details-data.js';
import { byId, make } from './dom.js';
import type { PageData } from './page-data.js';
import { type Say, sayFrom } from './words.js';

export interface DetailsContent {
  readonly touchpoint: (tp: TouchpointView) => void;
  readonly overview: () => void;
}

const emotionWord = (say: Say, v: number): string =>
  say(
    v <= -1.5
      ? 'html.emotion.veryNegative'
      : v <= -0.5
        ? 'html.emotion.negative'
        : v < 0.5
          ? 'html.emotion.neutral'
          : v < 1.5
            ? 'html.emotion.positive'
            : 'html.emotion.veryPositive',
  );

/** A touchpoint's `evidence` level and the word that names it. */
const EVIDENCE_WORD: Readonly<Record<string, 'evidence.assumption' | 'evidence.research' | 'evidence.data'>> = {
  assumption: 'evidence.assumption',
  research: 'evidence.research',
  data: 'evidence.data',
};

/** The persona the switcher shows ('' = all personas, or no switcher). */
function personaFilter(): string {
  const select = byId<HTMLSelectElement>('jmp-persona');
  return select ? select.value : '';
}

/** Fills `panel`; `onClose` runs when the touchpoint view's close button is pressed. */
/** One persona's emotion: name, a bar from the middle (left for negative), the figure and its word for screen readers. */
function emotionItem(say: Say, e: TouchpointView['emotions'][number], p: { name: string; color: string }, dim: boolean): HTMLElement {
  const li = make('li', `jmp-emotion${dim ? ' jmp-persona-dim' : ''}`);
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
  const value = make('span', 'jmp-emotion-value', e.text);
  value.title = emotionWord(say, e.value);
  li.appendChild(value);
  li.appendChild(make('span', 'jmp-sr-only', ` (${emotionWord(say, e.value)})`));
  return li;
}

/** One KPI: its name, then its figures and status; which way is better (and its source) as the title. */
function kpiItem(say: Say, k: KpiView): HTMLElement {
  const li = make('li', `jmp-kpi${k.met === true ? ' jmp-kpi-met' : k.met === false ? ' jmp-kpi-missed' : ''}`);
  const left = make('span', 'jmp-kpi-name', k.name);
  // Figures come formatted (valueText, targetText) so they read exactly as on the map.
  const figures: string[] = [];
  if (k.valueText) figures.push(k.valueText);
  if (k.targetText) figures.push(say('html.kpiTarget', { target: k.targetText }));
  const right = make('span', 'jmp-kpi-figures', figures.join(' · '));
  // A target with no value recorded yet says so (model/kpi-met.ts kpiStatus); no target, no status.
  const status =
    k.met === undefined ? (k.target !== undefined && k.value === undefined ? 'kpi.noValue' : undefined) : k.met ? 'kpi.met' : 'kpi.missed';
  if (status) {
    right.appendChild(document.createTextNode(' '));
    right.appendChild(make('span', 'jmp-kpi-status', say(status)));
  }
  li.title = `${say(k.better === 'lower' ? 'kpi.lowerIsBetter' : 'kpi.higherIsBetter')}${k.source ? ` · ${k.source}` : ''}`;
  li.appendChild(left);
  li.appendChild(right);
  return li;
}

/** A KPI's data (language 1.1): where it comes from, "as of", and every point, oldest first. */
function seriesItem(say: Say, series: NonNullable<KpiView['series']>): HTMLElement {
  const li = make('li', 'jmp-kpi-series');
  li.appendChild(
    make('span', 'jmp-kpi-series-head', `${say('client.series')} · ${say('client.seriesFrom', { file: series.source })} · ${series.asOf}`),
  );
  const ol = make('ol', 'jmp-series');
  for (const p of series.points) ol.appendChild(make('li', '', `${p.date}: ${p.text}`));
  li.appendChild(ol);
  return li;
}

export function detailsContent(panel: HTMLElement, page: PageData, onClose: () => void): DetailsContent {
  const { data, personas } = page;
  const say = sayFrom(data.words);

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
    if (!items?.length) return;
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
      ul.appendChild(emotionItem(say, e, p, !!only && only !== e.persona));
    });
    section(say('lane.emotions'), '', ul);
  }
  function kpis(title: string, items: readonly KpiView[] | undefined): void {
    if (!items?.length) return;
    const ul = make('ul', 'jmp-kpis');
    items.forEach((k) => {
      ul.appendChild(kpiItem(say, k));
      if (k.series) ul.appendChild(seriesItem(say, k.series));
    });
    section(title, '', ul);
  }
  /** Language 1.1: time, failure points with the recovery, the handoff into the step, the detail map. */
  function blueprint(tp: TouchpointView): void {
    if (tp.wait || tp.duration) {
      const ul = make('ul', 'jmp-time');
      if (tp.wait) ul.appendChild(make('li', '', say('time.wait', { duration: tp.wait })));
      if (tp.longestWait) ul.appendChild(make('li', 'jmp-chip jmp-chip-longest', say('time.longestWait')));
      if (tp.duration) ul.appendChild(make('li', '', say('time.duration', { duration: tp.duration })));
      section(say('client.time'), '', ul);
    }
    list(say('client.fails'), tp.fails, 'jmp-fails');
    if (tp.fails.length > 0 || tp.recovery) text(say('client.recovery'), tp.recovery ?? say('failure.noRecovery'));
    if (tp.handoff) {
      const h = tp.handoff;
      text(
        say('client.handoffs'),
        say(h.risky ? 'handoff.riskyLabel' : 'handoff.label', { from: h.from, to: h.to }),
        h.risky ? 'jmp-handoff-risky' : 'jmp-handoff',
      );
    }
    if (tp.detail) {
      const a = make('a', 'jmp-detail-link', tp.detail);
      a.href = tp.detail;
      section(say('client.detailMap'), '', a);
    }
  }
  function closeButton(): void {
    const b = make('button', 'jmp-close', '×');
    b.type = 'button';
    b.setAttribute('aria-label', say('client.close'));
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
    if (tp.critical) chips.appendChild(make('li', 'jmp-chip jmp-chip-critical', say('mark.momentOfTruth')));
    chips.appendChild(
      make(
        'li',
        `jmp-chip jmp-chip-${tp.evidence}`,
        say('evidence.of', { evidence: say(EVIDENCE_WORD[tp.evidence] ?? 'evidence.assumption') }),
      ),
    );
    if (data.personas.length > 1 && tp.personas.length < data.personas.length) {
      tp.personas.forEach((id) => chips.appendChild(make('li', 'jmp-chip', (personas.get(id) ?? { name: id }).name)));
    }
    panel.appendChild(chips);
    text(say('client.action'), tp.action);
    text(say('client.thought'), tp.thought ? say('text.quoted', { text: tp.thought }) : '', 'jmp-thought');
    emotions(tp);
    list(say('lane.pains'), tp.pains, 'jmp-pains');
    list(say('lane.opportunities'), tp.opportunities, 'jmp-opps');
    text(say('lane.frontstage'), tp.frontstage);
    text(say('lane.backstage'), tp.backstage);
    blueprint(tp);
    text(say('client.owner'), tp.owner);
    list(say('lane.systems'), tp.systems);
    kpis(say('lane.kpis'), tp.kpis);
    tp.fields.forEach((f) => text(f.title, f.text));
    text(say('lane.notes'), tp.notes, 'jmp-notes');
    if (tp.link && /^(https?:|mailto:)/i.test(tp.link)) {
      const a = make('a', '', tp.link);
      a.href = tp.link;
      a.rel = 'noopener noreferrer';
      section(say('client.link'), '', a);
    }
  }

  function overview(): void {
    panel.replaceChildren();
    panel.appendChild(make('p', 'jmp-kicker', say('client.detailsKicker')));
    panel.appendChild(make('h2', '', say('html.details')));
    panel.appendChild(make('p', 'jmp-details-empty', say('client.detailsEmpty')));
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
      section(say('html.personas'), '', ul);
    }
    kpis(say('client.journeyKpis'), data.kpis);
    section(say('client.keyboard'), '', make('p', '', say('client.keys')));
  }

  return { touchpoint, overview };
}
