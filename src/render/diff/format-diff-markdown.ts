// JourneyChange[] → a pull-request comment in GitHub-flavoured Markdown: a summary, emotion
// deltas per persona, the changes grouped by stage (journey-wide ones first), and KPI changes
// as a table. The same comparison as formatDiff, another presentation; the two journeys are only
// read for names. Pure; words from the catalogue (cli.diff.*, kpi.*); every user text is escaped
// so it cannot break the table or inject markup.

import type { Journey, Stage, Touchpoint } from '../../model/journey.js';
import type { ChangeTarget, FieldValue, JourneyChange } from '../../model/journey-change.js';
import type { KpiStatus } from '../../model/kpi-met.js';
import { say, sayCount, type Words } from '../../words/say.js';
import { kpiStatus } from './format-diff.js';

/** Backslash-escapes Markdown punctuation, entity-escapes HTML, and keeps a value on one line. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Values always sit mid-line, so only inline markup needs escaping (and $ for GitHub's math).
      .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
  );
}

const minus = (n: number): string => String(n).replace(/^-/, '−');
const signed = (n: number): string => (n > 0 ? `+${n}` : minus(n));
const none = (words: Words): string => `_${escapeMarkdown(say(words, 'cli.diff.none'))}_`;
const valueIn =
  (words: Words) =>
  (v: FieldValue): string =>
    v === undefined ? none(words) : typeof v === 'string' ? `“${escapeMarkdown(v)}”` : typeof v === 'number' ? minus(v) : String(v);

/** Names of entities in either version (the new one wins), for headings and table cells. */
class Names {
  private readonly touchpoints = new Map<string, Touchpoint>();
  private readonly stages = new Map<string, Stage>();
  private readonly personas = new Map<string, string>();

  constructor(
    old: Journey,
    now: Journey,
    readonly words: Words,
  ) {
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
  /** A catalogue word, escaped as Markdown text (a locale's word may hold `*` or `_`). */
  word = (id: Parameters<typeof say>[1]): string => escapeMarkdown(say(this.words, id));
  value = (v: FieldValue): string => valueIn(this.words)(v);
  target = (target: ChangeTarget): string => {
    switch (target.kind) {
      case 'journey':
        return this.word('cli.diff.kind.journey');
      case 'stage':
        return `${this.word('cli.diff.kind.stage')} **${this.stage(target.id)}**`;
      case 'touchpoint':
        return `**${this.touchpoint(target.id)}**`;
      case 'persona':
        return `${this.word('cli.diff.kind.persona')} **${this.persona(target.id)}**`;
      case 'channel':
        return `${this.word('cli.diff.kind.channel')} \`${target.id.replace(/`/g, "'")}\``;
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
      return change.target.kind === 'stage'
        ? change.target.id
        : change.target.kind === 'touchpoint'
          ? names.stageOf(change.target.id)
          : undefined;
    default:
      return undefined;
  }
}

/** One bullet for a change that is neither an emotion nor a KPI change. */
function bullet(change: JourneyChange, names: Names): string {
  const { value, words } = names;
  const bold = (text: string): string => `**${escapeMarkdown(text)}**`;
  const code = (id: string): string => `\`${id.replace(/`/g, "'")}\``;
  switch (change.kind) {
    case 'field-changed':
      return `✏️ ${names.target(change.target)}: ${escapeMarkdown(change.field)} ${value(change.old)} → ${value(change.new)}`;
    case 'item-added':
      return `➕ ${names.target(change.target)}: ${escapeMarkdown(change.field)} + ${value(change.item)}`;
    case 'item-removed':
      return `➖ ${names.target(change.target)}: ${escapeMarkdown(change.field)} − ${value(change.item)}`;
    case 'persona-added':
      return `➕ ${names.word('cli.diff.kind.persona')} ${bold(change.name)} (${code(change.id)})`;
    case 'channel-added':
      return `➕ ${names.word('cli.diff.kind.channel')} ${bold(change.name)} (${code(change.id)})`;
    case 'persona-removed':
      return `➖ ${names.word('cli.diff.kind.persona')} ${bold(change.name)} (${code(change.id)})`;
    case 'channel-removed':
      return `➖ ${names.word('cli.diff.kind.channel')} ${bold(change.name)} (${code(change.id)})`;
    case 'stage-added':
      return `➕ ${say(words, 'cli.diff.md.stageAdded', { name: bold(change.name), index: change.index })}`;
    case 'stage-removed':
      return `➖ ${say(words, 'cli.diff.md.stageRemoved', { name: bold(change.name), index: change.index })}`;
    case 'stage-moved':
      return `↕️ ${say(words, 'cli.diff.md.stageMoved', { from: change.from, to: change.to })}`;
    case 'touchpoint-added':
    case 'touchpoint-removed':
      return `${change.kind === 'touchpoint-added' ? '➕' : '➖'} ${names.word('cli.diff.kind.touchpoint')} ${bold(change.name)}`;
    case 'touchpoint-moved':
      return change.from === change.to
        ? `↕️ ${say(words, 'cli.diff.md.reordered', { name: `**${names.touchpoint(change.id)}**` })}`
        : `↕️ ${say(words, 'cli.diff.md.movedHere', { name: `**${names.touchpoint(change.id)}**`, stage: `**${names.stage(change.from)}**` })}`;
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
      const from = c.old === undefined ? none(names.words) : minus(c.old);
      const to = c.new === undefined ? none(names.words) : minus(c.new);
      return `${names.touchpoint(c.touchpoint)} ${from} → ${to}${c.delta !== undefined ? ` (${signed(c.delta)})` : ''}`;
    });
    const trend = net > 0 ? '📈' : net < 0 ? '📉' : '➖';
    return `| ${names.persona(persona)} | ${trend} ${signed(net)} | ${details.join('; ')} |`;
  });
  const w = names.word;
  return [
    `### ${w('cli.diff.md.emotion')}`,
    '',
    `| ${w('cli.diff.md.persona')} | ${w('cli.diff.md.net')} | ${w('cli.diff.md.touchpoints')} |`,
    '|---|---|---|',
    ...rows,
    '',
  ];
}

function kpiCell(change: KpiChange, names: Names): string {
  const status = (s: KpiStatus): string => escapeMarkdown(kpiStatus(names.words, s));
  switch (change.kind) {
    case 'kpi-added':
      return names.word('cli.diff.md.kpiAdded');
    case 'kpi-removed':
      return names.word('cli.diff.md.kpiRemoved');
    case 'kpi-changed':
      return `${escapeMarkdown(change.field)} ${names.value(change.old)} → ${names.value(change.new)}`;
    case 'kpi-status': {
      const mark = change.old === true && change.new === false ? '⚠️ ' : change.new === true ? '✅ ' : '';
      return `${mark}${status(change.oldStatus)} → ${status(change.newStatus)}`;
    }
  }
}

function kpiSection(changes: readonly KpiChange[], names: Names): string[] {
  if (changes.length === 0) return [];
  const rows = changes.map((c) => `| ${escapeMarkdown(c.name)} | ${names.target(c.owner)} | ${kpiCell(c, names)} |`);
  const w = names.word;
  return [
    `### ${w('cli.diff.md.kpis')}`,
    '',
    `| ${w('cli.diff.md.kpi')} | ${w('cli.diff.md.of')} | ${w('cli.diff.md.change')} |`,
    '|---|---|---|',
    ...rows,
    '',
  ];
}

function count(changes: readonly JourneyChange[], words: Words): string {
  const added = changes.filter((c) => c.kind.endsWith('-added')).length;
  const removed = changes.filter((c) => c.kind.endsWith('-removed')).length;
  const changed = changes.length - added - removed;
  const parts = [
    added > 0 ? say(words, 'cli.diff.md.added', { n: added }) : '',
    removed > 0 ? say(words, 'cli.diff.md.removed', { n: removed }) : '',
    changed > 0 ? say(words, 'cli.diff.md.changed', { n: changed }) : '',
  ];
  return say(words, 'cli.diff.md.count', {
    changes: sayCount(words, 'cli.diff.md.changes', changes.length),
    parts: parts.filter((p) => p !== '').join(', '),
  });
}

export interface MarkdownDiffOptions {
  /** The file compared, shown under the heading (root-relative). */
  readonly file?: string;
  /** The catalogue the comment's words come from. */
  readonly words: Words;
}

/** The whole comment; ends with a newline. */
export function formatDiffMarkdown(changes: readonly JourneyChange[], old: Journey, now: Journey, options: MarkdownDiffOptions): string {
  const { words } = options;
  const names = new Names(old, now, words);
  const file = options.file ? `\`${options.file.replace(/`/g, "'")}\` · ` : '';
  const lines = [`## ${say(words, 'cli.diff.md.title', { title: escapeMarkdown(now.title) })}`, ''];
  if (changes.length === 0) return `${[...lines, `${file}${names.word('cli.diff.md.noChanges')}`].join('\n')}\n`;
  lines.push(`${file}${count(changes, words)}`, '');

  const emotions = changes.filter((c): c is EmotionChange => c.kind === 'emotion-changed');
  const kpis = changes.filter((c): c is KpiChange => c.kind.startsWith('kpi-'));
  const rest = changes.filter((c) => c.kind !== 'emotion-changed' && !c.kind.startsWith('kpi-'));
  lines.push(...emotionSection(emotions, names));

  const journeyWide = rest.filter((c) => stageOf(c, names) === undefined);
  if (journeyWide.length > 0)
    lines.push(`### ${names.word('cli.diff.md.journey')}`, '', ...journeyWide.map((c) => `- ${bullet(c, names)}`), '');
  // Stages in the new order, then the removed ones.
  const order = [...now.stages.map((s) => s.id), ...old.stages.map((s) => s.id).filter((id) => !now.stages.some((s) => s.id === id))];
  for (const stage of order) {
    const own = rest.filter((c) => stageOf(c, names) === stage);
    if (own.length > 0)
      lines.push(
        `### ${say(words, 'cli.diff.md.stage', { name: names.stage(stage) })}`,
        '',
        ...own.map((c) => `- ${bullet(c, names)}`),
        '',
      );
  }
  lines.push(...kpiSection(kpis, names));
  return `${lines.join('\n').trimEnd()}\n`;
}
