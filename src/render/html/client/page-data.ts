// The journey facts the page embeds as JSON (#jmp-data, written by html-details-data.ts), read
// once, with touchpoints and personas indexed by id. The JSON's shape is html-details-data's type.
import type { DetailsData, TouchpointView } from '../html-details-data.js';

export type PersonaView = DetailsData['personas'][number];

export interface PageData {
  readonly data: DetailsData;
  readonly touchpoints: ReadonlyMap<string, TouchpointView>;
  readonly personas: ReadonlyMap<string, PersonaView>;
}

export function readPageData(element: HTMLElement): PageData {
  const data = JSON.parse(element.textContent ?? '') as DetailsData;
  const touchpoints = new Map<string, TouchpointView>();
  data.touchpoints.forEach((t) => touchpoints.set(t.id, t));
  const personas = new Map<string, PersonaView>();
  data.personas.forEach((p) => personas.set(p.id, p));
  return { data, touchpoints, personas };
}
