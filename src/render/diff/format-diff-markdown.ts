// JourneyChange[] → a pull-request comment in GitHub-flavoured Markdown: a summary, emotion
// deltas per persona, the changes grouped by stage (journey-wide ones first), and KPI changes
// as a table. The same comparison as formatDiff, another presentation; the two journeys are only
// read for names. Pure; every user text is escaped so it cannot break the table or inject markup.
import type { ChangeTarget, FieldValue, JourneyChange } from './journey-change.js';
import type { Journey, Stage, Touchpoint } from './journey.js';

/** Backslash-escapes Markdown punctuation, entity-escapes HTML, and keeps a value on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Values always sit mid-line, so only inline markup needs escaping (and $ for GitHub's math).
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
}

const minus = (n: number): string => String(n).replace(/^-/, '−');
const signed = (n: number): string => (n > 0 ? `+${n}` : minus(n));
const value = (v: FieldValue): string =>
  v === undefined ? '_none_' : typeof v === 'string' ? `“${escapeMarkdown(v)}”` : typeof v === 'number' ? minus(v) : String(v);
const status = (met: boolean | undefined): string => (met === undefined ? 'no target' : met ? 'met' : 'missed');

/** Names of entities in either version (the new one wins), for headings and table cells. */
class Names {
  private readonly touchpoints = new Map<string, Touchpoint>();
  private readonly stages = new Map<string, Stage>();
  private readonly personas = new Map<string, string>();

  constructor(old: Journey, now: Journey) {
    for (const journey of [old, now]) {
      for (const stage of journey.stages) {
        this.stages.set(stage.id, stage);
        for (const tp of stage.touchpoints) this.touchpoints.set(tp.id, tp);
      }
      for (const persona of journey.personas) this.personas.set(persona.id, persona.name);
    }
  }

  stage = (id: string): string => escapeMarkdown(this.stages.get(id)?.name ?? id);
  touchpoint = (id: string): string => escapeMarkdown(this.touchpoints.get(id)?.name ?? id);
  persona = (id: string): string => escapeMarkdown(this.personas.get(id) ?? id);
  /** The stage a touchpoint is in now (else was in). */
  stageOf = (touchpointId: string): string | undefined => this.touchpoints.get(touchpointId)?.stageId;
  target = (target: ChangeTarget): string => {
    switch (target.kind) {
      case 'journey':
        return 'journey';
      case 'stage':
        return `stage **${this.stage(target.id)}**`;
      case 'touchpoint':
        return `**${this.touchpoint(target.id)}**`;
      case 'persona':
        return `persona **${this.persona(target.id)}**`;
      case 'channel':
        return `channel \`${target.id.replace(/`/g, "'")}\``;
    }
  };
}

/** The stage a change belongs to, or undefined for journey-wide ones. */
function stageOf(change: JourneyChange, names: Names): string | undefined {
  switch (change.kind) {
    case 'stage-added':
    case 'stage-removed':
    case 'stage-moved':
      return change.id;
    case 'touchpoint-added':
    case 'touchpoint-removed':
      return change.stage;
    case 'touchpoint-moved':
      return change.to;
    case 'field-changed':
    case 'item-added':
    case 'item-removed':
      return change.target.kind === 'stage' ? change.target.id : change.target.kind === 'touchpoint' ? names.stageOf(change.target.id) : undefined;
    default:
      return undefined;
  }
}

/** One bullet for a change that is neither an emotion nor a KPI change. */
function bullet(change: JourneyChange, names: Names): string {
  switch (change.kind) {
    case 'field-changed':
      return `✏️ ${names.target(change.target)}: ${escapeMarkdown(change.field)} ${value(change.old)} → ${value(change.new)}`;
    case 'item-added':
      return `➕ ${names.target(change.target)}: ${escapeMarkdown(change.field)} + ${value(change.item)}`;
    case 'item-removed':
      return `➖ ${names.target(change.target)}: ${escapeMarkdown(change.field)} − ${value(change.item)}`;
    case 'persona-added':
    case 'channel-added':
      return `➕ ${change.kind.replace('-added', '')} **${escapeMarkdown(change.name)}** (\`${change.id}\`)`;
    case 'persona-removed':
    case 'channel-removed':
      return `➖ ${change.kind.replace('-removed', '')} **${escapeMarkdown(change.name)}** (\`${change.id}\`)`;
    case 'stage-added':
      return `➕ new stage **${escapeMarkdown(change.name)}** at position ${change.index}`;
    case 'stage-removed':
      return `➖ stage **${escapeMarkdown(change.name)}** removed (was at position ${change.index})`;
    case 'stage-moved':
      return `↕️ stage moved from position ${change.from} to ${change.to}`;
    case 'touchpoint-added':
      return `➕ touchpoint **${escapeMarkdown(change.name)}**`;
    case 'touchpoint-removed':
      return `➖ touchpoint **${escapeMarkdown(change.name)}**`;
    case 'touchpoint-moved':
      return change.from === change.to
        ? `↕️ **${names.touchpoint(change.id)}** reordered`
        : `↕️ **${names.touchpoint(change.id)}** moved here from stage **${names.stage(change.from)}**`;
    default:
      return '';
  }
}

type EmotionChange = Extract<JourneyChange, { kind: 'emotion-changed' }>;
type KpiChange = Extract<JourneyChange, { kind: 'kpi-added' | 'kpi-removed' | 'kpi-changed' | 'kpi-status' }>;

function emotionSection(changes: readonly EmotionChange[], names: Names): string[] {
  if (changes.length === 0) return [];
  const personas = [...new Set(changes.map((c) => c.persona))];
  const rows = personas.map((persona) => {
    const own = changes.filter((c) => c.persona === persona);
    const net = Math.round(own.reduce((sum, c) => sum + (c.delta ?? 0), 0) * 1e6) / 1e6;
    const details = own.map((c) => {
      const from = c.old === undefined ? '_none_' : minus(c.old);
      const to = c.new === undefined ? '_none_' : minus(c.new);
      return `${names.touchpoint(c.touchpoint)} ${from} → ${to}${c.delta !== undefined ? ` (${signed(c.delta)})` : ''}`;
    });
    const trend = net > 0 ? '📈' : net < 0 ? '📉' : '➖';
    return `| ${names.persona(persona)} | ${trend} ${signed(net)} | ${details.join('; ')} |`;
  });
  return ['### Emotion', '', '| Persona | Net change | Touchpoints |', '|---|---|---|', ...rows, ''];
}

function kpiCell(change: KpiChange): string {
  switch (change.kind) {
    case 'kpi-added':
      return 'added';
    case 'kpi-removed':
      return 'removed';
    case 'kpi-changed':
      return `${change.field} ${value(change.old)} → ${value(change.new)}`;
    case 'kpi-status': {
      const mark = change.old === true && change.new === false ? '⚠️ ' : change.new === true ? '✅ ' : '';
      return `${mark}${status(change.old)} → ${status(change.new)}`;
    }
  }
}

function kpiSection(changes: readonly KpiChange[], names: Names): string[] {
  if (changes.length === 0) return [];
  const rows = changes.map((c) => `| ${escapeMarkdown(c.name)} | ${names.target(c.owner)} | ${kpiCell(c)} |`);
  return ['### KPIs', '', '| KPI | Of | Change |', '|---|---|---|', ...rows, ''];
}

function count(changes: readonly JourneyChange[]): string {
  const added = changes.filter((c) => c.kind.endsWith('-added')).length;
  const removed = changes.filter((c) => c.kind.endsWith('-removed')).length;
  const changed = changes.length - added - removed;
  const parts = [added > 0 ? `${added} added` : '', removed > 0 ? `${removed} removed` : '', changed > 0 ? `${changed} changed` : ''];
  return `${changes.length} change${changes.length === 1 ? '' : 's'}: ${parts.filter((p) => p !== '').join(', ')}`;
}

export interface MarkdownDiffOptions {
  /** The file compared, shown under the heading (root-relative). */
  readonly file?: string;
}

/** The whole comment; ends with a newline. */
export function formatDiffMarkdown(changes: readonly JourneyChange[], old: Journey, now: Journey, options: MarkdownDiffOptions = {}): string {
  const names = new Names(old, now);
  const file = options.file ? `\`${options.file.replace(/`/g, "'")}\` · ` : '';
  const lines = [`## Journey map changes: ${escapeMarkdown(now.title)}`, ''];
  if (changes.length === 0) return `${[...lines, `${file}No changes.`].join('\n')}\n`;
  lines.push(`${file}${count(changes)}`, '');

  const emotions = changes.filter((c): c is EmotionChange => c.kind === 'emotion-changed');
  const kpis = changes.filter((c): c is KpiChange => c.kind.startsWith('kpi-'));
  const rest = changes.filter((c) => c.kind !== 'emotion-changed' && !c.kind.startsWith('kpi-'));
  lines.push(...emotionSection(emotions, names));

  const journeyWide = rest.filter((c) => stageOf(c, names) === undefined);
  if (journeyWide.length > 0) lines.push('### Journey', '', ...journeyWide.map((c) => `- ${bullet(c, names)}`), '');
  // Stages in the new order, then the removed ones.
  const order = [...now.stages.map((s) => s.id), ...old.stages.map((s) => s.id).filter((id) => !now.stages.some((s) => s.id === id))];
  for (const stage of order) {
    const own = rest.filter((c) => stageOf(c, names) === stage);
    if (own.length > 0) lines.push(`### Stage: ${names.stage(stage)}`, '', ...own.map((c) => `- ${bullet(c, names)}`), '');
  }
  lines.push(...kpiSection(kpis, names));
  return `${lines.join('\n').trimEnd()}\n`;
}
