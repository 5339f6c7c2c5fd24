// The page chrome around the map: header (title, state, owner, date, tags, description) and the
// controls (persona switcher, lane toggles, zoom, table view) that the page script brings to life.
// Markup only; the controls stay hidden without JavaScript (they would do nothing).
import type { Journey } from '../../model/journey.js';
import { escapeAttribute, escapeText } from '../markup.js';
import type { Asset } from '../renderer.js';

/** The theme's brand for the page header: its logo (a data: URL, allowed by the CSP) and text. */
export interface PageBrand {
  readonly logo?: Asset;
  readonly text?: string;
}

/** The logo on a chip of the map's header colour, for which the logo was chosen. */
function brandMark(brand: PageBrand | undefined): string {
  if (!brand?.logo) return '';
  const src = `data:${brand.logo.mediaType};base64,${Buffer.from(brand.logo.bytes).toString('base64')}`;
  return `<div class="jmp-brand"><img src="${escapeAttribute(src)}" alt="${escapeAttribute(brand.text ?? 'Logo')}"></div>`;
}

function metaItems(journey: Journey): string[] {
  const state = journey.state === 'future' ? 'Future state' : 'Current state';
  const items = [`<span class="jmp-badge jmp-badge-${escapeAttribute(journey.state)}">${escapeText(state)}</span>`];
  if (journey.owner) items.push(`<span>Owner: ${escapeText(journey.owner)}</span>`);
  if (journey.updated) items.push(`<span>Updated ${escapeText(journey.updated)}</span>`);
  const personas = journey.personas.filter((p) => !p.implicit).length;
  if (personas > 0) items.push(`<span>${personas} persona${personas === 1 ? '' : 's'}</span>`);
  const touchpoints = journey.stages.reduce((n, s) => n + s.touchpoints.length, 0);
  items.push(`<span>${journey.stages.length} stages · ${touchpoints} touchpoints</span>`);
  for (const tag of journey.tags) items.push(`<span class="jmp-tag">${escapeText(tag)}</span>`);
  return items;
}

function personaSwitcher(journey: Journey): string {
  if (journey.personas.length < 2) return '';
  const options = journey.personas.map((p) => `<option value="${escapeAttribute(p.id)}">${escapeText(p.name)}</option>`);
  return (
    '<label class="jmp-field"><span class="jmp-field-label">Persona</span>' +
    `<select id="jmp-persona"><option value="">All personas</option>${options.join('')}</select></label>`
  );
}

function laneToggles(journey: Journey): string {
  const boxes = journey.lanes.map(
    (l) =>
      `<label class="jmp-check"><input type="checkbox" value="${escapeAttribute(l.id)}" checked> ${escapeText(l.title)}</label>`,
  );
  return (
    '<details class="jmp-lanes" id="jmp-lanes"><summary><span class="jmp-field-label">Lanes</span> ' +
    `<span id="jmp-lanes-count">${journey.lanes.length}/${journey.lanes.length}</span></summary>` +
    `<fieldset><legend>Show lanes</legend>${boxes.join('')}</fieldset></details>`
  );
}

const ZOOM =
  '<div class="jmp-zoom" role="group" aria-label="Zoom">' +
  '<button type="button" id="jmp-zoom-out" aria-label="Zoom out" title="Zoom out (-)">−</button>' +
  '<output id="jmp-zoom-level" aria-live="off">100%</output>' +
  '<button type="button" id="jmp-zoom-in" aria-label="Zoom in" title="Zoom in (+)">+</button>' +
  '<button type="button" id="jmp-zoom-fit" title="Show the whole map (0 resets the view)">Fit</button></div>';

/** Header with the title and meta line, and the toolbar of controls on its right. */
export function pageHeader(journey: Journey, brand?: PageBrand): string {
  const description = journey.description ? `<p class="jmp-description">${escapeText(journey.description)}</p>` : '';
  const controls =
    '<div class="jmp-controls" role="group" aria-label="Map controls">' +
    personaSwitcher(journey) +
    laneToggles(journey) +
    ZOOM +
    '<button type="button" id="jmp-table-toggle" class="jmp-primary" aria-pressed="false" aria-controls="jmp-table-view">Table view</button>' +
    '</div>';
  return (
    `<header class="jmp-header">${brandMark(brand)}<div class="jmp-title-block">` +
    `<h1 class="jmp-title">${escapeText(journey.title)}</h1>` +
    `<p class="jmp-meta">${metaItems(journey).join('')}</p>${description}</div>${controls}</header>`
  );
}
