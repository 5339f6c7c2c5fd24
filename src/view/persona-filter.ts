// A Journey narrowed to one persona: its touchpoints, its emotions, and the lanes that still have
// something to show. Returns the journey untouched when the id is unknown (the pipeline reports it).

import { findHandoffs } from '../model/find-handoffs.js';
import type { Journey } from '../model/journey.js';
import { laneHasData } from '../model/resolve-lanes.js';

export function journeyForPersona(journey: Journey, personaId: string): Journey {
  const persona = journey.personas.find((p) => p.id === personaId);
  if (!persona) return journey;
  const stages = journey.stages.map((stage) => ({
    ...stage,
    touchpoints: stage.touchpoints
      .filter((tp) => tp.personas.includes(personaId))
      .map((tp) => ({
        ...tp,
        personas: [personaId],
        emotion: personaId in tp.emotion ? { [personaId]: tp.emotion[personaId] ?? 0 } : {},
      })),
  }));
  // A lane left empty by the other personas' touchpoints would be a blank row in this view.
  const touchpoints = stages.flatMap((s) => s.touchpoints);
  const lanes = journey.lanes.filter((lane) => laneHasData(lane, touchpoints));
  // Handoffs as this persona meets them: a step of another persona between two owners is skipped.
  return { ...journey, personas: [persona], stages, lanes, handoffs: findHandoffs(stages) };
}
