// JourneyChange[] → plain text, one change a line, for a terminal:
// `~ touchpoint pays: emotion maria -2 → -1 (+1)`. Every word comes from the catalogue (cli.diff.*,
// KPI status kpi.*); ids and field names are the journey's own. No colour (the CLI adds it by the first char).
import type { ChangeTarget, FieldValue, JourneyChange } from '../../model/journey-change.js';
import type { KpiStatus } from '../../model/kpi-met.js';
import { KPI_STATUS_WORD } from '../../words/kpi-status-word.js';
import { say, type Words } from '../../words/say.js';

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** The KPI status words of the map and every summary: On target, Off target, No value yet, No target. */
export const kpiStatus = (words: Words, status: KpiStatus): string => say(words, KPI_STATUS_WORD[status]);

/** One line; the first character is +, - or ~ so callers can colour or filter by it. */
export function formatChange(change: JourneyChange, words: Words): string {
  /** Texts quoted (JSON-style, so quotes and line breaks stay visible), numbers and flags bare. */
  const show = (value: FieldValue): string =>
    value === undefined ? say(words, 'cli.diff.none') : typeof value === 'string' ? JSON.stringify(value) : String(value);
  const kind = (k: ChangeTarget['kind']): string => say(words, `cli.diff.kind.${k}`);
  const target = (t: ChangeTarget): string => (t.kind === 'journey' ? kind('journey') : `${kind(t.kind)} ${t.id}`);
  const kpi = (name: string, owner: ChangeTarget): string => say(words, 'cli.diff.kpi', { name: show(name), owner: target(owner) });
  switch (change.kind) {
    case 'field-changed':
      return `~ ${target(change.target)}: ${change.field} ${show(change.old)} → ${show(change.new)}`;
    case 'item-added':
      return `~ ${target(change.target)}: ${change.field} + ${show(change.item)}`;
    case 'item-removed':
      return `~ ${target(change.target)}: ${change.field} - ${show(change.item)}`;
    case 'persona-added':
      return `+ ${kind('persona')} ${change.id} ${show(change.name)}`;
    case 'channel-added':
      return `+ ${kind('channel')} ${change.id} ${show(change.name)}`;
    case 'persona-removed':
      return `- ${kind('persona')} ${change.id} ${show(change.name)}`;
    case 'channel-removed':
      return `- ${kind('channel')} ${change.id} ${show(change.name)}`;
    case 'stage-added':
      return `+ ${say(words, 'cli.diff.stageAdded', { id: change.id, name: show(change.name), index: change.index })}`;
    case 'stage-removed':
      return `- ${kind('stage')} ${change.id} ${show(change.name)}`;
    case 'stage-moved':
      return `~ ${kind('stage')} ${change.id}: ${say(words, 'cli.diff.moved', { from: change.from, to: change.to })}`;
    case 'touchpoint-added':
      return `+ ${say(words, 'cli.diff.touchpointAdded', { id: change.id, name: show(change.name), stage: change.stage })}`;
    case 'touchpoint-removed':
      return `- ${say(words, 'cli.diff.touchpointRemoved', { id: change.id, name: show(change.name), stage: change.stage })}`;
    case 'touchpoint-moved':
      return change.from === change.to
        ? `~ ${kind('touchpoint')} ${change.id}: ${say(words, 'cli.diff.reordered', { stage: change.to })}`
        : `~ ${kind('touchpoint')} ${change.id}: ${say(words, 'cli.diff.moved', { from: change.from, to: change.to })}`;
    case 'emotion-changed':
      return `~ ${kind('touchpoint')} ${change.touchpoint}: ${say(words, 'cli.diff.emotion')} ${change.persona} ${show(change.old)} → ${show(change.new)}${
        change.delta !== undefined ? ` (${signed(change.delta)})` : ''
      }`;
    case 'kpi-added':
      return `+ ${kpi(change.name, change.owner)}`;
    case 'kpi-removed':
      return `- ${kpi(change.name, change.owner)}`;
    case 'kpi-changed':
      return `~ ${kpi(change.name, change.owner)}: ${change.field} ${show(change.old)} → ${show(change.new)}`;
    case 'kpi-status':
      return `~ ${kpi(change.name, change.owner)}: ${kpiStatus(words, change.oldStatus)} → ${kpiStatus(words, change.newStatus)}`;
  }
}

/** The whole diff, one line per change in the given order, or "no changes". Ends with a newline. */
export function formatDiff(changes: readonly JourneyChange[], words: Words): string {
  return changes.length === 0 ? `${say(words, 'cli.noChanges')}\n` : `${changes.map((c) => formatChange(c, words)).join('\n')}\n`;
}
