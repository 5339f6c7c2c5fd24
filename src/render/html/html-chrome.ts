// The page chrome around the map: header (title, state, owner, date, tags, description) and the
// controls (persona switcher, lane toggles, zoom, table view) that the page script brings to life.
// Markup only; the controls stay hidden without JavaScript (they would do nothing).
import type { Journey } from '../../model/journey.js';
import { laneTitle } from '../../view/lane-title.js';
import { say, sayCount, type Words } from '../../words/say.js';
import { escapeAttribute, escapeText } from '../markup.js';
import type { Asset } from '../renderer.js';

/** The theme's brand for the page header: its logo (a data: URL, allowed by the CSP) and text. */
export interface PageBrand {
  readonly logo?: Asset;
  readonly text?: string;
}

/** The logo on a chip of the map's header colour, for which the logo was chosen. */
function brandMark(brand: PageBrand | undefined, words: Words): string {
  if (!brand?.logo) return '';
  const src = `data:${brand.logo.mediaType};base64,${Buffer.from(brand.logo.bytes).toString('base64')}`;
  return `<div class="jmp-brand"><img src="${escapeAttribute(src)}" alt="${escapeAttribute(brand.text ?? say(words, 'map.logo'))}"></div>`;
}

function metaItems(journey: Journey, words: Words): string[] {
  const state = say(words, journey.state === 'future' ? 'state.future' : 'state.current');
  const items = [`<span class="jmp-badge jmp-badge-${escapeAttribute(journey.state)}">${escapeText(state)}</span>`];
  if (journey.owner) items.push(`<span>${escapeText(say(words, 'owner.of', { owner: journey.owner }))}</span>`);
  if (journey.updated) items.push(`<span>${escapeText(say(words, 'html.updated', { date: journey.updated }))}</span>`);
  const personas = journey.personas.filter((p) => !p.implicit).length;
  if (personas > 0) items.push(`<span>${escapeText(sayCount(words, 'count.personas', personas))}</span>`);
  const touchpoints = journey.stages.reduce((n, s) => n + s.touchpoints.length, 0);
  const stages = sayCount(words, 'count.stages', journey.stages.length);
  items.push(
    `<span>${escapeText(say(words, 'html.stagesAndTouchpoints', { stages, touchpoints: sayCount(words, 'count.touchpoints', touchpoints) }))}</span>`,
  );
  for (const tag of journey.tags) items.push(`<span class="jmp-tag">${escapeText(tag)}</span>`);
  return items;
}

function personaSwitcher(journey: Journey, words: Words): string {
  if (journey.personas.length < 2) return '';
  const options = journey.personas.map((p) => `<option value="${escapeAttribute(p.id)}">${escapeText(p.name)}</option>`);
  return (
    `<label class="jmp-field"><span class="jmp-field-label">${escapeText(say(words, 'html.persona'))}</span>` +
    `<select id="jmp-persona"><option value="">${escapeText(say(words, 'html.allPersonas'))}</option>${options.join('')}</select></label>`
  );
}

function laneToggles(journey: Journey, words: Words): string {
  const boxes = journey.lanes.map(
    (l) =>
      `<label class="jmp-check"><input type="checkbox" value="${escapeAttribute(l.id)}" checked> ${escapeText(laneTitle(l, words))}</label>`,
  );
  return (
    `<details class="jmp-lanes" id="jmp-lanes"><summary><span class="jmp-field-label">${escapeText(say(words, 'html.lanes'))}</span> ` +
    `<span id="jmp-lanes-count">${journey.lanes.length}/${journey.lanes.length}</span></summary>` +
    `<fieldset><legend>${escapeText(say(words, 'html.showLanes'))}</legend>${boxes.join('')}</fieldset></details>`
  );
}

function zoom(words: Words): string {
  const attr = (id: Parameters<typeof say>[1]): string => escapeAttribute(say(words, id));
  return (
    `<div class="jmp-zoom" role="group" aria-label="${attr('html.zoom')}">` +
    `<button type="button" id="jmp-zoom-out" aria-label="${attr('html.zoomOut')}" title="${attr('html.zoomOutKey')}">−</button>` +
    '<output id="jmp-zoom-level" aria-live="off">100%</output>' +
    `<button type="button" id="jmp-zoom-in" aria-label="${attr('html.zoomIn')}" title="${attr('html.zoomInKey')}">+</button>` +
    `<button type="button" id="jmp-zoom-fit" title="${attr('html.fitHint')}">${escapeText(say(words, 'html.fit'))}</button></div>`
  );
}

/** As-is vs to-be: shows and hides the current state's faint curves (client/compare-toggle.ts). */
function compareToggle(words: Words): string {
  return `<button type="button" id="jmp-compare-toggle" aria-pressed="true" aria-keyshortcuts="c" title="${escapeAttribute(say(words, 'html.compareCurveHint'))}">${escapeText(say(words, 'html.compareCurve'))}</button>`;
}

/** Header with the title and meta line, and the toolbar of controls on its right (`compared`: the compare toggle). */
export function pageHeader(journey: Journey, words: Words, brand?: PageBrand, compared = false): string {
  const description = journey.description ? `<p class="jmp-description">${escapeText(journey.description)}</p>` : '';
  const controls =
    `<div class="jmp-controls" role="group" aria-label="${escapeAttribute(say(words, 'html.controls'))}">` +
    personaSwitcher(journey, words) +
    laneToggles(journey, words) +
    (compared ? compareToggle(words) : '') +
    zoom(words) +
    `<button type="button" id="jmp-table-toggle" class="jmp-primary" aria-pressed="false" aria-controls="jmp-table-view">${escapeText(say(words, 'html.tableView'))}</button>` +
    '</div>';
  return (
    `<header class="jmp-header">${brandMark(brand, words)}<div class="jmp-title-block">` +
    `<h1 class="jmp-title">${escapeText(journey.title)}</h1>` +
    `<p class="jmp-meta">${metaItems(journey, words).join('')}</p>${description}</div>${controls}</header>`
  );
}
