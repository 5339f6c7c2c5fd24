// Persona colours and the persona view are read back from what layout drew.
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../layout/layout-journey.js';
import { defaultTheme } from '../../theme/themes.js';
import { sampleJourney, touchpoint } from '../../../test/support/journeys.js';
import { journeyForScene, personaColorsFromScene } from './scene-personas.js';

describe('scene personas', () => {
  it('finds every persona of a full map, with its curve colour', () => {
    const colors = personaColorsFromScene(layoutJourney(sampleJourney, { theme: defaultTheme }).nodes);
    expect([...colors.keys()].sort()).toEqual(sampleJourney.personas.map((p) => p.id).sort());
    expect(colors.get('maria')).toBe('#d9480f');
    expect(colors.get('tom')).not.toBe(colors.get('maria'));
    expect(journeyForScene(sampleJourney, colors)).toBe(sampleJourney);
  });

  it('narrows the journey to a one-persona view', () => {
    const colors = personaColorsFromScene(layoutJourney(sampleJourney, { theme: defaultTheme, persona: 'tom' }).nodes);
    expect([...colors.keys()]).toEqual(['tom']);
    const viewed = journeyForScene(sampleJourney, colors);
    expect(viewed.personas.map((p) => p.id)).toEqual(['tom']);
    const tps = viewed.stages.flatMap((s) => s.touchpoints);
    expect(tps.length).toBeGreaterThan(0);
    expect(tps.every((t) => t.personas.every((id) => id === 'tom') && Object.keys(t.emotion).every((id) => id === 'tom'))).toBe(true);
    expect(tps.some((t) => t.id === 'sees-ad')).toBe(false);
  });

  it('reads a persona colour right when the curve is a single marker (one touchpoint)', () => {
    // One point draws no line: the curve group starts with the marker (persona fill, white outline).
    const stage = sampleJourney.stages[0]!;
    const single = { ...sampleJourney, stages: [{ ...stage, touchpoints: [touchpoint(stage.id, 'only', 'Only one', { emotion: { maria: 1, tom: -1 } })] }] };
    const colors = personaColorsFromScene(layoutJourney(single, { theme: defaultTheme }).nodes);
    expect(colors.get('maria')).toBe('#d9480f');
    expect(colors.get('tom')).not.toBe('#ffffff');
    expect(colors.get('tom')).toBe(personaColorsFromScene(layoutJourney(sampleJourney, { theme: defaultTheme }).nodes).get('tom'));
  });
});
