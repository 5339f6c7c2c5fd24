// The "Current → future" page of a journey with `compare`: the touchpoints added, removed and
// changed, and the emotion change per stage and persona. It reads the view's one comparison
// (view.compare, the diff of `journeymap diff`); nothing here diffs again. Skipped without compare.
import type { JourneyChange } from '../../model/journey-change.js';
import type { Journey } from '../../model/journey.js';
import { emotionShifts } from '../../view/compare-view.js';
import type { JourneyView } from '../../view/journey-view.js';
import { say } from '../../words/say.js';
import { tint } from './pdf-color.js';
import { contentWidth, createFlow, MARGIN, type Chrome, type Flow } from './page-chrome.js';
import { block, measure, type TextStyle } from './summary-text.js';

const ROW_PAD = 5;

/** The touchpoint a change is about, if it is about one. */
function touchpointOf(change: JourneyChange): string | undefined {
  switch (change.kind) {
    case 'field-changed':
    case 'item-added':
    case 'item-removed':
      return change.target.kind === 'touchpoint' ? change.target.id : undefined;
    case 'emotion-changed':
      return change.touchpoint;
    case 'touchpoint-moved':
      return change.id;
    case 'kpi-added':
    case 'kpi-removed':
    case 'kpi-changed':
    case 'kpi-status':
      return change.owner.kind === 'touchpoint' ? change.owner.id : undefined;
    default:
      return undefined;
  }
}

/** What changed, as the language's own field names (the keys an author writes): "emotion, fails". */
function fieldOf(change: JourneyChange): string {
  switch (change.kind) {
    case 'field-changed':
    case 'item-added':
    case 'item-removed':
      return change.field;
    case 'emotion-changed':
      return 'emotion';
    case 'touchpoint-moved':
      return 'stage';
    default:
      return 'kpis';
  }
}

/** Touchpoint id → the fields that changed, in the diff's order (touchpoints in map order). */
export function changedTouchpoints(changes: readonly JourneyChange[]): Map<string, string[]> {
  const changed = new Map<string, string[]>();
  for (const change of changes) {
    if (change.kind === 'touchpoint-added' || change.kind === 'touchpoint-removed') continue;
    const id = touchpointOf(change);
    if (id === undefined) continue;
    const fields = changed.get(id) ?? [];
    const field = fieldOf(change);
    if (!fields.includes(field)) fields.push(field);
    changed.set(id, fields);
  }
  return changed;
}

const stageName = (journey: Journey, id: string): string => journey.stages.find((s) => s.id === id)?.name ?? id;
const touchpointName = (journey: Journey, id: string): string =>
  journey.stages.flatMap((s) => s.touchpoints).find((t) => t.id === id)?.name ?? id;

function heading(flow: Flow, text: string): void {
  const { chrome } = flow;
  flow.reserve(20 + 24);
  chrome.doc.roundedRect(MARGIN, flow.y, contentWidth(chrome), 22, 4).fill(chrome.theme.colors.laneTitleBackground);
  block(chrome, text, { x: MARGIN + 10, y: flow.y + 6, width: contentWidth(chrome) - 20 }, { face: 'semibold', size: 11, color: chrome.theme.colors.laneTitleText });
  flow.y += 28;
}

function line(flow: Flow, left: string, right: string | undefined): void {
  const { chrome } = flow;
  const body: TextStyle = { face: 'regular', size: 9.5, color: chrome.theme.colors.text };
  const muted: TextStyle = { face: 'regular', size: 9, color: chrome.theme.colors.mutedText };
  const leftW = contentWidth(chrome) * 0.45;
  const rightW = contentWidth(chrome) - leftW - 24;
  const h = Math.max(measure(chrome, left, body, leftW), right ? measure(chrome, right, muted, rightW) : 0) + 2 * ROW_PAD;
  flow.reserve(h);
  block(chrome, left, { x: MARGIN + 8, y: flow.y + ROW_PAD, width: leftW }, body);
  if (right) block(chrome, right, { x: MARGIN + 16 + leftW, y: flow.y + ROW_PAD + 0.5, width: rightW }, muted);
  chrome.doc.moveTo(MARGIN + 8, flow.y + h).lineTo(MARGIN + contentWidth(chrome), flow.y + h).lineWidth(0.5).stroke(chrome.theme.colors.grid);
  flow.y += h;
}

function list(flow: Flow, rows: readonly [string, string | undefined][]): void {
  if (rows.length === 0) line(flow, say(flow.chrome.words, 'compare.none'), undefined);
  for (const [left, right] of rows) line(flow, left, right);
  flow.y += 10;
}

function emotionTable(flow: Flow, view: JourneyView): void {
  const { chrome } = flow;
  const compare = view.compare;
  if (!compare) return;
  const { doc, theme, words } = chrome;
  const shifts = emotionShifts(view.journey, compare);
  const shares = [0.3, 0.3, 0.13, 0.13, 0.14];
  const titles = ['compare.stage.caps', 'compare.persona.caps', 'compare.before.caps', 'compare.after.caps', 'compare.change.caps'] as const;
  const xs = shares.reduce<number[]>((acc, s, i) => [...acc, (acc[i] ?? MARGIN) + s * contentWidth(chrome)], [MARGIN]);
  const head: TextStyle = { face: 'semibold', size: 8.5, color: theme.colors.laneTitleText };
  flow.reserve(22 + 22);
  titles.forEach((t, i) => block(chrome, say(words, t), { x: xs[i]! + 8, y: flow.y + 4, width: shares[i]! * contentWidth(chrome) - 16, align: i >= 2 ? 'right' : 'left' }, head));
  flow.y += 20;
  const number = (n: number | undefined): string => (n === undefined ? '—' : view.format.number(n));
  const signed = (n: number): string => (n > 0 ? `+${view.format.number(n)}` : view.format.number(n));
  shifts.forEach((shift, index) => {
    const persona = view.journey.personas.find((p) => p.id === shift.persona)?.name ?? shift.persona;
    const delta = shift.before !== undefined && shift.after !== undefined ? Math.round((shift.after - shift.before) * 100) / 100 : undefined;
    const cells = [stageName(view.journey, shift.stage), persona, number(shift.before), number(shift.after), delta === undefined ? '—' : signed(delta)];
    const body: TextStyle = { face: 'regular', size: 9.5, color: theme.colors.text };
    const h = Math.max(...cells.map((c, i) => measure(chrome, c, body, shares[i]! * contentWidth(chrome) - 16))) + 2 * ROW_PAD;
    flow.reserve(h);
    if (index % 2 === 1) doc.rect(MARGIN, flow.y, contentWidth(chrome), h).fill(tint(theme.colors.grid, 0.7));
    cells.forEach((c, i) => {
      // The change is told by its sign and by colour; the sign alone carries it in greyscale.
      const color = i === 4 && delta !== undefined && delta !== 0 ? (delta > 0 ? theme.colors.kpiMet : theme.colors.kpiMissed) : theme.colors.text;
      block(chrome, c, { x: xs[i]! + 8, y: flow.y + ROW_PAD, width: shares[i]! * contentWidth(chrome) - 16, align: i >= 2 ? 'right' : 'left' }, { ...body, color, face: i === 4 ? 'semibold' : 'regular' });
    });
    flow.y += h;
  });
}

export function drawComparePage(chrome: Chrome, view: JourneyView): boolean {
  const compare = view.compare;
  if (!compare) return false;
  const { words, theme } = chrome;
  const title = say(words, 'section.compare');
  const flow = createFlow(chrome, title);
  chrome.doc.outline.addItem(title);
  block(chrome, say(words, 'compare.against', { title: compare.journey.title }), { x: MARGIN, y: flow.y, width: contentWidth(chrome) }, { face: 'regular', size: 10, color: theme.colors.mutedText });
  flow.y += 22;
  const at = (journey: Journey, id: string, stage: string) => say(words, 'compare.atStage', { touchpoint: touchpointName(journey, id), stage: stageName(journey, stage) });
  const added = compare.changes.flatMap((c): [string, undefined][] => (c.kind === 'touchpoint-added' ? [[at(view.journey, c.id, c.stage), undefined]] : []));
  const removed = compare.changes.flatMap((c): [string, undefined][] => (c.kind === 'touchpoint-removed' ? [[at(compare.journey, c.id, c.stage), undefined]] : []));
  const changed = [...changedTouchpoints(compare.changes)].map(([id, fields]): [string, string] => {
    const stage = view.journey.stages.find((s) => s.touchpoints.some((t) => t.id === id))?.id ?? '';
    return [at(view.journey, id, stage), fields.join(', ')];
  });
  heading(flow, say(words, 'compare.added'));
  list(flow, added);
  heading(flow, say(words, 'compare.removedList'));
  list(flow, removed);
  heading(flow, say(words, 'compare.changed'));
  list(flow, changed);
  // The heading stays with its table.
  flow.reserve(28 + 22 + 22 * Math.min(emotionShifts(view.journey, compare).length, 10));
  heading(flow, say(words, 'compare.emotion'));
  emotionTable(flow, view);
  return true;
}
