// The `persona` layout option: a Journey narrowed to one persona (its touchpoints, its emotions).
// Returns the journey untouched when the id is unknown; checking ids is the CLI's job.
import type { Journey } from '../model/journey.js';

export function journeyForPersona(journey: Journey, personaId: string): Journey {
  const persona = journey.personas.find((p) => p.id === personaId);
  if (!persona) return journey;
  return {
    ...journey,
    personas: [persona],
    stages: journey.stages.map((stage) => ({
      ...stage,
      touchpoints: stage.touchpoints
        .filter((tp) => tp.personas.includes(personaId))
        .map((tp) => ({
          ...tp,
          personas: [personaId],
          emotion: personaId in tp.emotion ? { [personaId]: tp.emotion[personaId] ?? 0 } : {},
        })),
    })),
  };
}
