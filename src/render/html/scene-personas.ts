// Which personas the map shows and in which colour, read back from the Scene (a persona's emotion
// curve stroke, else its legend marker), so the page's switcher, panel and table match the map
// without re-deriving layout's rules. Reads the Scene and Journey only.
import type { Journey } from '../../model/journey.js';
import type { SceneNode } from '../../scene/scene.js';

/**
 * The colour of the first painted shape. A filled shape's fill wins over its stroke: a marker is
 * the persona's colour outlined in white (a one-point curve is only markers); a line has no fill.
 */
function firstColor(nodes: readonly SceneNode[]): string | undefined {
  for (const node of nodes) {
    if (node.kind === 'path' || node.kind === 'rect') {
      const color = node.fill ?? node.stroke?.color;
      if (color && color !== 'none') return color;
    }
    if (node.kind === 'group') {
      const inner = firstColor(node.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Persona id → colour; curves win over legend entries. */
export function personaColorsFromScene(nodes: readonly SceneNode[]): ReadonlyMap<string, string> {
  const curves = new Map<string, string>();
  const legend = new Map<string, string>();
  const visit = (list: readonly SceneNode[]): void => {
    for (const node of list) {
      if (node.kind !== 'group') continue;
      if (node.ref?.kind === 'persona') {
        const target = node.role === 'emotion-curve' ? curves : legend;
        const color = firstColor(node.children);
        if (color && !target.has(node.ref.id)) target.set(node.ref.id, color);
      }
      visit(node.children);
    }
  };
  visit(nodes);
  return new Map([...legend, ...curves]);
}

/**
 * The journey as the map shows it: when the Scene draws only some personas (a `--persona` view),
 * the page's switcher, details and table keep to those personas and their touchpoints too.
 */
export function journeyForScene(journey: Journey, colors: ReadonlyMap<string, string>): Journey {
  const shown = journey.personas.filter((p) => colors.has(p.id));
  if (shown.length === 0 || shown.length === journey.personas.length) return journey;
  const ids = new Set(shown.map((p) => p.id));
  return {
    ...journey,
    personas: shown,
    stages: journey.stages.map((stage) => ({
      ...stage,
      touchpoints: stage.touchpoints
        .filter((tp) => tp.personas.some((id) => ids.has(id)))
        .map((tp) => ({
          ...tp,
          personas: tp.personas.filter((id) => ids.has(id)),
          emotion: Object.fromEntries(Object.entries(tp.emotion).filter(([id]) => ids.has(id))),
        })),
    })),
  };
}
