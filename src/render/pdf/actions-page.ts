// The action list: every pain and opportunity, failure point (with its recovery) and handoff, grouped
// by stage and then by owner, as a printable checklist. Skipped when the journey has none. Paginates.
import type { Journey, Stage } from '../../model/journey.js';
import { say, sayCount } from '../../words/say.js';
import { lineWidth } from '../run-width.js';
import { type ActionItem, groupByOwner, type OwnerGroup } from '../summary-data.js';
import { type Chrome, contentWidth, createFlow, type Flow, MARGIN } from './page-chrome.js';
import { tint } from './pdf-color.js';
import { block, measure, type TextStyle } from './summary-text.js';

export { type ActionItem, groupByOwner, type OwnerGroup } from '../summary-data.js';

const BADGE_W = 78;
const TOUCHPOINT_W = 190;
const ROW_PAD = 5;

function stageColor(chrome: Chrome, index: number): string {
  const bgs = chrome.theme.colors.stageBackgrounds;
  return bgs[index % Math.max(1, bgs.length)] ?? chrome.theme.colors.laneTitleBackground;
}

function drawStageHeading(flow: Flow, heading: { stage: Stage; groups: readonly OwnerGroup[] }, index: number, continued: boolean): void {
  const { chrome } = flow;
  const { doc, theme } = chrome;
  const { stage, groups } = heading;
  const count = (kind: ActionItem['kind']): number => groups.reduce((n, g) => n + g.items.filter((i) => i.kind === kind).length, 0);
  const pains = count('pain');
  const opps = count('opportunity');
  const failures = count('failure');
  const handoffs = count('handoff');
  doc.roundedRect(MARGIN, flow.y, contentWidth(chrome), 26, 4).fill(stageColor(chrome, index));
  const title = continued ? say(chrome.words, 'section.continued', { heading: stage.name }) : stage.name;
  block(
    chrome,
    title,
    { x: MARGIN + 10, y: flow.y + 7, width: contentWidth(chrome) / 2 },
    { face: 'semibold', size: 12, color: theme.colors.stageText },
  );
  // Pains and opportunities always (as before 1.1); failure points and handoffs when there are any.
  // A blueprint stage with only those leaves out its "0 pains · 0 opportunities".
  const blueprintOnly = pains + opps === 0;
  const counts = [
    ...(blueprintOnly ? [] : [sayCount(chrome.words, 'count.pains', pains), sayCount(chrome.words, 'count.opportunities', opps)]),
    ...(failures > 0 ? [sayCount(chrome.words, 'count.failures', failures)] : []),
    ...(handoffs > 0 ? [sayCount(chrome.words, 'handoff.count', handoffs)] : []),
  ].join(' · ');
  block(
    chrome,
    counts,
    { x: MARGIN + contentWidth(chrome) / 2, y: flow.y + 9, width: contentWidth(chrome) / 2 - 10, align: 'right' },
    { face: 'regular', size: 9, color: theme.colors.mutedText },
  );
  flow.y += 34;
}

/** The badge's colour and word; a risky handoff says so in words, not by colour alone. */
function badgeOf(chrome: Chrome, item: ActionItem): { color: string; label: string } {
  const c = chrome.theme.colors;
  const words = chrome.words;
  switch (item.kind) {
    case 'pain':
      return { color: c.pain, label: say(words, 'action.pain') };
    case 'opportunity':
      return { color: c.opportunity, label: say(words, 'action.opportunity') };
    case 'failure':
      return { color: c.pain, label: say(words, 'action.failure') };
    case 'handoff':
      return item.risky
        ? { color: c.pain, label: say(words, 'action.riskyHandoff') }
        : { color: c.accent, label: say(words, 'action.handoff') };
  }
}

function drawBadge(chrome: Chrome, item: ActionItem, x: number, y: number): void {
  const { doc } = chrome;
  const { color, label } = badgeOf(chrome, item);
  const style: TextStyle = { face: 'semibold', size: 8, color };
  const w = lineWidth(label, style) + 12;
  doc.roundedRect(x, y - 2, w, 14, 7).fill(tint(color, 0.86));
  block(chrome, label, { x: x + 6, y: y + 1, width: w }, style);
}

function drawItem(flow: Flow, item: ActionItem): void {
  const { chrome } = flow;
  const { doc, theme } = chrome;
  const body: TextStyle = { face: 'regular', size: 9.5, color: theme.colors.text };
  const where: TextStyle = { face: 'regular', size: 8.5, color: theme.colors.mutedText };
  const textX = MARGIN + 16 + BADGE_W;
  const textW = contentWidth(chrome) - 16 - BADGE_W - TOUCHPOINT_W - 12;
  const tpText = item.touchpoint.critical
    ? say(chrome.words, 'action.momentOfTruth', { touchpoint: item.touchpoint.name })
    : item.touchpoint.name;
  // A failure point says how the service recovers, or that nothing is defined (the lint's concern too).
  const recovery =
    item.kind !== 'failure'
      ? undefined
      : item.touchpoint.recovery !== undefined
        ? say(chrome.words, 'failure.recovery', { text: item.touchpoint.recovery })
        : say(chrome.words, 'failure.noRecovery');
  const textH = measure(chrome, item.text, body, textW);
  const recoveryH = recovery === undefined ? 0 : 2 + measure(chrome, recovery, where, textW);
  const h = Math.max(textH + recoveryH, measure(chrome, tpText, where, TOUCHPOINT_W)) + 2 * ROW_PAD;
  flow.reserve(h);
  const y = flow.y + ROW_PAD;
  // An empty tick box: the list is meant to be printed and worked through.
  doc
    .rect(MARGIN + 2, y + 0.5, 9, 9)
    .lineWidth(0.75)
    .stroke(theme.colors.neutralLine);
  drawBadge(chrome, item, MARGIN + 16, y);
  block(chrome, item.text, { x: textX, y, width: textW }, body);
  if (recovery !== undefined) block(chrome, recovery, { x: textX, y: y + textH + 2, width: textW }, where);
  block(chrome, tpText, { x: MARGIN + contentWidth(chrome) - TOUCHPOINT_W, y: y + 1, width: TOUCHPOINT_W }, where);
  doc
    .moveTo(textX, flow.y + h)
    .lineTo(MARGIN + contentWidth(chrome), flow.y + h)
    .lineWidth(0.5)
    .stroke(theme.colors.grid);
  flow.y += h;
}

export function drawActionsPage(chrome: Chrome, journey: Journey): boolean {
  const stages = journey.stages
    .map((stage, index) => ({ stage, index, groups: groupByOwner(stage, journey) }))
    .filter((s) => s.groups.length > 0);
  if (stages.length === 0) return false;
  const { theme } = chrome;
  let current: { stage: Stage; groups: readonly OwnerGroup[]; index: number } | undefined;
  const title = say(chrome.words, 'section.actions');
  const flow = createFlow(chrome, title, (f) => {
    if (current) drawStageHeading(f, current, current.index, true);
  });
  chrome.doc.outline.addItem(title);
  const ownerStyle: TextStyle = { face: 'semibold', size: 9.5, color: theme.colors.laneTitleText };
  for (const { stage, index, groups } of stages) {
    current = undefined; // a break before the heading must not repeat the previous stage's
    flow.reserve(34 + 20 + 30);
    current = { stage, groups, index };
    drawStageHeading(flow, current, index, false);
    for (const group of groups) {
      flow.reserve(20 + 30);
      block(
        chrome,
        group.owner === undefined ? say(chrome.words, 'owner.none') : say(chrome.words, 'owner.of', { owner: group.owner }),
        { x: MARGIN + 2, y: flow.y, width: contentWidth(chrome) },
        ownerStyle,
      );
      flow.y += 16;
      for (const item of group.items) drawItem(flow, item);
      flow.y += 10;
    }
    flow.y += 8;
  }
  return true;
}
