// The journey as a semantic <table>: the text alternative to the map for screen readers, no-JS
// readers and the "Table view" toggle. One row per touchpoint (grouped by stage), lanes as columns.
// All text goes through markup.ts; nothing is escaped here.
import type { Journey, Kpi, Lane, Touchpoint } from '../../model/journey.js';
import { withUnit } from '../../scene/number-label.js';
import { formatDuration } from '../../view/format-duration.js';
import type { Formats } from '../../view/formats.js';
import { journeyTime } from '../../view/journey-time.js';
import { laneTitle } from '../../view/lane-title.js';
import { say, type WordId, type Words } from '../../words/say.js';
import { escapeAttribute, escapeText } from '../markup.js';

type Cell = string | readonly string[] | undefined;

export function emotionLabel(value: number, words: Words): string {
  if (value <= -1.5) return say(words, 'html.emotion.veryNegative');
  if (value <= -0.5) return say(words, 'html.emotion.negative');
  if (value < 0.5) return say(words, 'html.emotion.neutral');
  if (value < 1.5) return say(words, 'html.emotion.positive');
  return say(words, 'html.emotion.veryPositive');
}

const EVIDENCE_WORD: Readonly<Record<Touchpoint['evidence'], WordId>> = {
  assumption: 'evidence.assumption',
  research: 'evidence.research',
  data: 'evidence.data',
};

/** An emotion or change with its sign, as the locale writes numbers: '+1,5' in de, '−1' (real minus). */
export const signedNumber = (value: number, format: Formats): string => (value > 0 ? `+${format.number(value)}` : format.number(value));

/** "Bounce rate: 62% (target 40%, lower is better) – Off target" */
export function kpiText(k: Kpi, words: Words, format: Formats): string {
  const figure = (n: number): string => withUnit(format.number(n), k.unit);
  const parts = [k.value === undefined ? k.name : `${k.name}: ${figure(k.value)}`];
  const extra: string[] = [];
  if (k.target !== undefined) extra.push(say(words, 'html.kpiTarget', { target: figure(k.target) }));
  if (k.baseline !== undefined) extra.push(say(words, 'html.kpiBaseline', { baseline: figure(k.baseline) }));
  if (k.target !== undefined) extra.push(say(words, k.better === 'lower' ? 'html.lowerIsBetter' : 'html.higherIsBetter'));
  if (extra.length) parts.push(` (${extra.join(', ')})`);
  const text = parts.join('');
  return k.met === undefined ? text : say(words, 'html.kpiStatus', { kpi: text, status: say(words, k.met ? 'kpi.met' : 'kpi.missed') });
}

/** What a row shows beside the touchpoint: its journey, words and the longest-waiting step's id. */
interface RowContext {
  readonly journey: Journey;
  readonly words: Words;
  readonly format: Formats;
  readonly longestWait: string | undefined;
}

function laneCell(row: RowContext, lane: Lane, t: Touchpoint): Cell {
  const { journey, words } = row;
  if (lane.kind === 'custom') return t.fields[lane.id];
  switch (lane.id) {
    case 'touchpoints':
      return undefined;
    case 'channels':
      return t.channel?.name;
    case 'actions':
      return t.action;
    case 'thoughts':
      return t.thought;
    case 'emotions':
      return journey.personas.flatMap((p) => {
        const v = t.emotion[p.id];
        return v === undefined ? [] : [`${p.name}: ${signedNumber(v, row.format)} (${emotionLabel(v, words)})`];
      });
    case 'pains':
      return t.pains;
    case 'opportunities':
      return t.opportunities;
    case 'frontstage':
      return t.frontstage;
    case 'backstage':
      return t.backstage;
    case 'owners': {
      // The handoff into this step first, in words (risky ones say so), then the owner.
      const h = journey.handoffs.find((x) => x.to === t.id);
      const handoff = h && say(words, h.risky ? 'handoff.riskyLabel' : 'handoff.label', { from: h.fromOwner, to: h.toOwner });
      return handoff === undefined ? t.owner : [handoff, ...(t.owner !== undefined ? [t.owner] : [])];
    }
    case 'time':
      return [
        ...(t.wait ? [say(words, 'time.wait', { duration: formatDuration(t.wait.seconds, words) })] : []),
        ...(t.wait && row.longestWait === t.id ? [say(words, 'time.longestWait')] : []),
        ...(t.duration ? [say(words, 'time.duration', { duration: formatDuration(t.duration.seconds, words) })] : []),
      ];
    case 'failures':
      return [
        ...t.fails,
        ...(t.recovery !== undefined
          ? [say(words, 'failure.recovery', { text: t.recovery })]
          : t.fails.length > 0
            ? [say(words, 'failure.noRecovery')]
            : []),
      ];
    case 'storyboard':
      return undefined;
    case 'systems':
      return t.systems;
    case 'kpis':
      return t.kpis.map((k) => kpiText(k, words, row.format));
    case 'evidence':
      return say(words, EVIDENCE_WORD[t.evidence]);
    case 'notes':
      return t.notes;
  }
}

/** A data cell; `lane` (a lane id) lets the page's lane toggles hide the column too. */
function cellMarkup(cell: Cell, lane?: string): string {
  const open = lane === undefined ? '<td>' : `<td data-lane="${escapeAttribute(lane)}">`;
  if (cell === undefined || cell.length === 0) return `${open}</td>`;
  if (typeof cell === 'string') return `${open}${escapeText(cell)}</td>`;
  if (cell.length === 1) return `${open}${escapeText(cell[0] ?? '')}</td>`;
  return `${open}<ul>${cell.map((c) => `<li>${escapeText(c)}</li>`).join('')}</ul></td>`;
}

function personaNames(journey: Journey, t: Touchpoint): string[] {
  return journey.personas.filter((p) => t.personas.includes(p.id)).map((p) => p.name);
}

/** The whole table; `id` lets the page's toggle and skip link point at it. */
export function journeyTable(journey: Journey, words: Words, id: string, format: Formats): string {
  const lanes = journey.lanes.filter((l) => !(l.kind === 'builtin' && l.id === 'touchpoints'));
  const showPersonas = journey.personas.length > 1;
  const touchpointHead = say(words, 'html.touchpoint');
  const personasHead = say(words, 'html.personas');
  const columns = [touchpointHead, ...(showPersonas ? [personasHead] : []), ...lanes.map((l) => laneTitle(l, words))];
  const headCell = (title: string, lane?: string): string =>
    `<th scope="col"${lane === undefined ? '' : ` data-lane="${escapeAttribute(lane)}"`}>${escapeText(title)}</th>`;
  const headCells = [
    headCell(touchpointHead),
    ...(showPersonas ? [headCell(personasHead)] : []),
    ...lanes.map((l) => headCell(laneTitle(l, words), l.id)),
  ];
  const head = `<thead><tr>${headCells.join('')}</tr></thead>`;
  const row: RowContext = { journey, words, format, longestWait: journeyTime(journey).longestWait?.touchpoint };
  const bodies = journey.stages.map((stage) => {
    const title = stage.objective ? `${stage.name} — ${stage.objective}` : stage.name;
    const stageRow = `<tr class="jmp-table-stage"><th scope="rowgroup" colspan="${columns.length}">${escapeText(title)}</th></tr>`;
    const rows = stage.touchpoints.map((t) => {
      const name = t.critical ? say(words, 'html.momentOfTruthOf', { touchpoint: t.name }) : t.name;
      const cells = [
        ...(showPersonas ? [cellMarkup(personaNames(journey, t))] : []),
        ...lanes.map((lane) => cellMarkup(laneCell(row, lane, t), lane.id)),
      ];
      return `<tr data-ref="${escapeAttribute(t.id)}"><th scope="row">${escapeText(name)}</th>${cells.join('')}</tr>`;
    });
    return `<tbody>${stageRow}${rows.join('')}</tbody>`;
  });
  const caption = `<caption>${escapeText(say(words, 'html.tableCaption', { title: journey.title }))}</caption>`;
  return `<table class="jmp-table" id="${escapeAttribute(id)}">${caption}${head}${bodies.join('')}</table>`;
}
