// JourneyChange[] → plain text, one change a line, for a terminal or a PR comment:
// `~ touchpoint pays: emotion maria -2 → -1 (+1)`. No colour (the CLI adds it by the first char).
import type { ChangeTarget, FieldValue, JourneyChange } from './journey-change.js';

/** Texts quoted (JSON-style, so quotes and line breaks stay visible), numbers and flags bare. */
const show = (value: FieldValue): string => (value === undefined ? 'none' : typeof value === 'string' ? JSON.stringify(value) : String(value));

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

const targetName = (target: ChangeTarget): string => (target.kind === 'journey' ? 'journey' : `${target.kind} ${target.id}`);

/** One line; the first character is +, - or ~ so callers can colour or filter by it. */
export function formatChange(change: JourneyChange): string {
  switch (change.kind) {
    case 'field-changed':
      return `~ ${targetName(change.target)}: ${change.field} ${show(change.old)} → ${show(change.new)}`;
    case 'item-added':
      return `~ ${targetName(change.target)}: ${change.field} + ${show(change.item)}`;
    case 'item-removed':
      return `~ ${targetName(change.target)}: ${change.field} - ${show(change.item)}`;
    case 'persona-added':
    case 'channel-added':
      return `+ ${change.kind.replace('-added', '')} ${change.id} ${show(change.name)}`;
    case 'persona-removed':
    case 'channel-removed':
      return `- ${change.kind.replace('-removed', '')} ${change.id} ${show(change.name)}`;
    case 'stage-added':
      return `+ stage ${change.id} ${show(change.name)} at ${change.index}`;
    case 'stage-removed':
      return `- stage ${change.id} ${show(change.name)}`;
    case 'stage-moved':
      return `~ stage ${change.id}: moved ${change.from} → ${change.to}`;
    case 'touchpoint-added':
      return `+ touchpoint ${change.id} ${show(change.name)} in ${change.stage}`;
    case 'touchpoint-removed':
      return `- touchpoint ${change.id} ${show(change.name)} from ${change.stage}`;
    case 'touchpoint-moved':
      return change.from === change.to
        ? `~ touchpoint ${change.id}: reordered within ${change.to}`
        : `~ touchpoint ${change.id}: moved ${change.from} → ${change.to}`;
    case 'emotion-changed':
      return `~ touchpoint ${change.touchpoint}: emotion ${change.persona} ${show(change.old)} → ${show(change.new)}${
        change.delta !== undefined ? ` (${signed(change.delta)})` : ''
      }`;
    case 'kpi-added':
      return `+ kpi ${show(change.name)} of ${targetName(change.owner)}`;
    case 'kpi-removed':
      return `- kpi ${show(change.name)} of ${targetName(change.owner)}`;
    case 'kpi-changed':
      return `~ kpi ${show(change.name)} of ${targetName(change.owner)}: ${change.field} ${show(change.old)} → ${show(change.new)}`;
    case 'kpi-status': {
      const status = (met: boolean | undefined) => (met === undefined ? 'no target' : met ? 'met' : 'missed');
      return `~ kpi ${show(change.name)} of ${targetName(change.owner)}: ${status(change.old)} → ${status(change.new)}`;
    }
  }
}

/** The whole diff, one line per change in the given order, or "no changes". Ends with a newline. */
export function formatDiff(changes: readonly JourneyChange[]): string {
  return changes.length === 0 ? 'no changes\n' : `${changes.map(formatChange).join('\n')}\n`;
}
