// The "Current → future" page of a journey with `compare`: the touchpoints added, removed and
// changed, and the emotion change per stage and persona. It reads the view's one comparison
// (view.compare, the diff of `journeymap diff`); nothing here diffs again. Skipped without compare.
import { compareSummary, type EmotionRow } from '../../view/compare-summary.js';
import type { JourneyView } from '../../view/journey-view.js';
import { say } from '../../words/say.js';
import { type Chrome, contentWidth, createFlow, type Flow, MARGIN } from './page-chrome.js';
import { tint } from './pdf-color.js';
import { block, measure, type TextStyle } from './summary-text.js';

const ROW_PAD = 5;

function heading(flow: Flow, text: string): void {
  const { chrome } = flow;
  flow.reserve(20 + 24);
  chrome.doc.roundedRect(MARGIN, flow.y, contentWidth(chrome), 22, 4).fill(chrome.theme.colors.laneTitleBackground);
  block(
    chrome,
    text,
    { x: MARGIN + 10, y: flow.y + 6, width: contentWidth(chrome) - 20 },
    { face: 'semibold', size: 11, color: chrome.theme.colors.laneTitleText },
  );
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
  chrome.doc
    .moveTo(MARGIN + 8, flow.y + h)
    .lineTo(MARGIN + contentWidth(chrome), flow.y + h)
    .lineWidth(0.5)
    .stroke(chrome.theme.colors.grid);
  flow.y += h;
}

function list(flow: Flow, rows: readonly (readonly [string, string | undefined])[]): void {
  if (rows.length === 0) line(flow, say(flow.chrome.words, 'compare.none'), undefined);
  for (const [left, right] of rows) line(flow, left, right);
  flow.y += 10;
}

function emotionTable(flow: Flow, rows: readonly EmotionRow[]): void {
  const { chrome } = flow;
  const { doc, theme, words } = chrome;
  const shares = [0.3, 0.3, 0.13, 0.13, 0.14];
  const titles = [
    'compare.stage.caps',
    'compare.persona.caps',
    'compare.before.caps',
    'compare.after.caps',
    'compare.change.caps',
  ] as const;
  const xs = [MARGIN];
  for (const [i, s] of shares.entries()) xs.push((xs[i] ?? MARGIN) + s * contentWidth(chrome));
  const head: TextStyle = { face: 'semibold', size: 8.5, color: theme.colors.laneTitleText };
  flow.reserve(22 + 22);
  titles.forEach((t, i) =>
    block(
      chrome,
      say(words, t),
      { x: xs[i]! + 8, y: flow.y + 4, width: shares[i]! * contentWidth(chrome) - 16, align: i >= 2 ? 'right' : 'left' },
      head,
    ),
  );
  flow.y += 20;
  rows.forEach((row, index) => {
    const { delta } = row;
    const cells = [row.stage, row.persona, row.before, row.after, row.change];
    const body: TextStyle = { face: 'regular', size: 9.5, color: theme.colors.text };
    const h = Math.max(...cells.map((c, i) => measure(chrome, c, body, shares[i]! * contentWidth(chrome) - 16))) + 2 * ROW_PAD;
    flow.reserve(h);
    if (index % 2 === 1) doc.rect(MARGIN, flow.y, contentWidth(chrome), h).fill(tint(theme.colors.grid, 0.7));
    cells.forEach((c, i) => {
      // The change is told by its sign and by colour; the sign alone carries it in greyscale.
      const color =
        i === 4 && delta !== undefined && delta !== 0 ? (delta > 0 ? theme.colors.kpiMet : theme.colors.kpiMissed) : theme.colors.text;
      block(
        chrome,
        c,
        { x: xs[i]! + 8, y: flow.y + ROW_PAD, width: shares[i]! * contentWidth(chrome) - 16, align: i >= 2 ? 'right' : 'left' },
        { ...body, color, face: i === 4 ? 'semibold' : 'regular' },
      );
    });
    flow.y += h;
  });
}

export function drawComparePage(chrome: Chrome, view: JourneyView): boolean {
  const summary = compareSummary(view);
  if (!summary) return false;
  const { words, theme } = chrome;
  const title = say(words, 'section.compare');
  const flow = createFlow(chrome, title);
  chrome.doc.outline.addItem(title);
  block(
    chrome,
    summary.against,
    { x: MARGIN, y: flow.y, width: contentWidth(chrome) },
    { face: 'regular', size: 10, color: theme.colors.mutedText },
  );
  flow.y += 22;
  heading(flow, say(words, 'compare.added'));
  list(
    flow,
    summary.added.map((text): [string, undefined] => [text, undefined]),
  );
  heading(flow, say(words, 'compare.removedList'));
  list(
    flow,
    summary.removed.map((text): [string, undefined] => [text, undefined]),
  );
  heading(flow, say(words, 'compare.changed'));
  list(flow, summary.changed);
  // The heading stays with its table.
  flow.reserve(28 + 22 + 22 * Math.min(summary.emotions.length, 10));
  heading(flow, say(words, 'compare.emotion'));
  emotionTable(flow, summary.emotions);
  return true;
}
