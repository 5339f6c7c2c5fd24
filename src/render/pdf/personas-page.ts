// The personas page: one card per persona (photo, name, role, age, tech, quote, goals, needs,
// frustrations), in rows that paginate. Skipped when the journey only has the implicit persona.
import type { Persona } from '../../model/journey.js';
import { AA_LARGE_TEXT, inkOn } from '../../theme/contrast.js';
import { type JourneyView, personaStyleOf } from '../../view/journey-view.js';
import { say, type WordId, type Words } from '../../words/say.js';
import type { AssetStore } from '../renderer.js';
import { personaSubtitle as subtitleOf } from '../summary-data.js';
import { type Chrome, contentWidth, createFlow, MARGIN } from './page-chrome.js';
import { tint } from './pdf-color.js';
import { block, bullets, measure, measureBullets, type TextStyle } from './summary-text.js';

const GAP = 16;
const PAD = 14;
const AVATAR = 50;
const STRIPE = 5;

interface CardPlan {
  readonly persona: Persona;
  readonly color: string;
  readonly height: number;
}

/** Each card section's label (set in capitals) and items; frustrations get the pain colour. */
const sectionsOf = (p: Persona): [WordId, readonly string[]][] =>
  (
    [
      ['persona.goals.caps', p.goals],
      ['persona.needs.caps', p.needs],
      ['persona.frustrations.caps', p.frustrations],
    ] as [WordId, readonly string[]][]
  ).filter(([, items]) => items.length > 0);

function styles(chrome: Chrome) {
  const c = chrome.theme.colors;
  return {
    name: { face: 'semibold', size: 13, color: c.text } as TextStyle,
    sub: { face: 'regular', size: 9, color: c.mutedText } as TextStyle,
    quote: { face: 'regular', size: 10, color: c.text } as TextStyle,
    label: { face: 'semibold', size: 8, color: c.mutedText } as TextStyle,
    item: { face: 'regular', size: 9.5, color: c.text } as TextStyle,
  };
}

/** Heights of the card's parts, in drawing order; shared by measuring and drawing. */
function cardParts(chrome: Chrome, p: Persona, width: number) {
  const s = styles(chrome);
  const inner = width - 2 * PAD;
  const textWidth = inner - AVATAR - 12;
  const nameH = measure(chrome, p.name, s.name, textWidth);
  const subH = subtitleOf(p, chrome.words) ? measure(chrome, subtitleOf(p, chrome.words), s.sub, textWidth) : 0;
  const headH = Math.max(AVATAR, nameH + 3 + subH);
  const quote = p.quote ? say(chrome.words, 'text.quoted', { text: p.quote }) : undefined;
  const quoteH = quote ? measure(chrome, quote, s.quote, inner - 10) : 0;
  const sections = sectionsOf(p).map(([label, items]) => ({
    label,
    items,
    height: 13 + measureBullets(chrome, items, s.item, inner),
  }));
  return { s, inner, textWidth, nameH, headH, quote, quoteH, sections };
}

function measureCard(chrome: Chrome, p: Persona, width: number): number {
  const parts = cardParts(chrome, p, width);
  const quoteBlock = parts.quote ? parts.quoteH + 12 : 0;
  return STRIPE + PAD + parts.headH + 12 + quoteBlock + parts.sections.reduce((sum, s) => sum + s.height + 8, 0) + PAD - 8;
}

function drawAvatar(chrome: Chrome, card: CardPlan, assets: AssetStore, at: { x: number; y: number }): void {
  const { doc } = chrome;
  const cx = at.x + AVATAR / 2;
  const cy = at.y + AVATAR / 2;
  const asset = card.persona.image ? assets.get(card.persona.image) : undefined;
  if (asset && asset.mediaType !== 'image/svg+xml') {
    try {
      doc
        .save()
        .circle(cx, cy, AVATAR / 2)
        .clip();
      doc.image(Buffer.from(asset.bytes), at.x, at.y, { cover: [AVATAR, AVATAR], align: 'center', valign: 'center' });
      doc.restore();
      doc
        .circle(cx, cy, AVATAR / 2)
        .lineWidth(1.5)
        .stroke(card.color);
      return;
    } catch {
      doc.restore();
    }
  }
  const disc = tint(card.color, 0.8);
  doc.circle(cx, cy, AVATAR / 2).fill(disc);
  const initials = card.persona.name
    .split(/[\s,]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  block(
    chrome,
    initials,
    { x: at.x, y: cy - 9, width: AVATAR, align: 'center' },
    { face: 'semibold', size: 16, color: inkOn(card.color, disc, chrome.theme, AA_LARGE_TEXT) },
  );
}

function drawCard(chrome: Chrome, card: CardPlan, assets: AssetStore, at: { x: number; y: number; width: number; height: number }): void {
  const { doc, theme } = chrome;
  const p = card.persona;
  const parts = cardParts(chrome, p, at.width);
  doc.save();
  doc.roundedRect(at.x, at.y, at.width, at.height, 8).clip();
  doc.rect(at.x, at.y, at.width, at.height).fill(theme.colors.cardBackground);
  doc.rect(at.x, at.y, at.width, STRIPE).fill(card.color);
  let y = at.y + STRIPE + PAD;
  const x = at.x + PAD;
  drawAvatar(chrome, card, assets, { x, y });
  const tx = x + AVATAR + 12;
  const textTop = y + Math.max(0, (parts.headH - parts.nameH - 3 - (subtitleOf(p, chrome.words) ? 12 : 0)) / 2);
  block(chrome, p.name, { x: tx, y: textTop, width: parts.textWidth }, parts.s.name);
  if (subtitleOf(p, chrome.words))
    block(chrome, subtitleOf(p, chrome.words), { x: tx, y: textTop + parts.nameH + 3, width: parts.textWidth }, parts.s.sub);
  y += parts.headH + 12;
  if (parts.quote) {
    doc.rect(x, y - 2, 2.5, parts.quoteH + 4).fill(card.color);
    block(chrome, parts.quote, { x: x + 10, y, width: parts.inner - 10 }, parts.s.quote);
    y += parts.quoteH + 12;
  }
  for (const section of parts.sections) {
    block(chrome, say(chrome.words, section.label), { x, y, width: parts.inner }, parts.s.label);
    const bulletColor = section.label === 'persona.frustrations.caps' ? theme.colors.pain : card.color;
    bullets(chrome, section.items, { x, y: y + 13, width: parts.inner }, { ...parts.s.item, bulletColor });
    y += section.height + 8;
  }
  doc.restore();
  doc.roundedRect(at.x, at.y, at.width, at.height, 8).lineWidth(0.75).stroke(theme.colors.cardBorder);
}

/**
 * Draws the personas page(s) for the personas the view shows, each card striped in the persona's
 * style colour; false (and nothing drawn) when there is nothing to show.
 */
export function drawPersonasPage(chrome: Chrome, view: JourneyView, assets: AssetStore): boolean {
  const shown = view.journey.personas.filter((p) => !p.implicit);
  if (shown.length === 0) return false;
  const width = contentWidth(chrome);
  const columns = Math.max(2, Math.min(4, Math.floor((width + GAP) / (250 + GAP))));
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  const cards: CardPlan[] = shown.map((persona) => {
    const color = personaStyleOf(view, persona.id)?.color ?? chrome.theme.colors.accent;
    return { persona, color, height: measureCard(chrome, persona, cardWidth) };
  });
  const title = say(chrome.words, 'section.personas');
  const flow = createFlow(chrome, title);
  chrome.doc.outline.addItem(title);
  const pageRoom = flow.free();
  for (let i = 0; i < cards.length; i += columns) {
    const row = cards.slice(i, i + columns);
    // A card taller than a page is cut at the page bottom rather than overflowing it.
    const rowHeight = Math.min(pageRoom, Math.max(...row.map((c) => c.height)));
    flow.reserve(rowHeight);
    row.forEach((card, j) =>
      drawCard(chrome, card, assets, { x: MARGIN + j * (cardWidth + GAP), y: flow.y, width: cardWidth, height: rowHeight }),
    );
    flow.y += rowHeight + GAP;
  }
  return true;
}
